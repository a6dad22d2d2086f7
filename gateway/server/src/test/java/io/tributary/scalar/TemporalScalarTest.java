package io.tributary.scalar;

import static io.tributary.scalar.EchoSchema.accepted;
import static io.tributary.scalar.EchoSchema.fieldError;
import static io.tributary.scalar.EchoSchema.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemporalScalarTest {
  private final EchoSchema engine = new EchoSchema();

  @ParameterizedTest
  @ValueSource(strings = {"1970-01-01", "1970-01-01Z", "1970-01-01-07:00", "1970-01-01+05:30",
      "-2017-05-01", "2024-02-29", "2000-02-29", "0000-01-01", "+12345-06-30", "1970-01-01+05:30:15",
      "1970-01-01+18:00", "9999-12-31-18:00"})
  void awsDateAcceptsTheDocumentedForms(String date) {
    assertEquals(date, accepted(engine.literal("AWSDate", quote(date))));
    assertEquals(date, accepted(engine.variable("AWSDate", date)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2020-13-01 | month must be 01-12",
      "2020-00-10 | month must be 01-12",
      "2021-04-31 | day must be 01-30 in month 04",
      "2023-02-29 | 2023 is not a leap year",
      "1900-02-29 | 1900 is not a leap year",
      "2020-01-00 | day must be 01-31",
      "2020-1-01 | expected YYYY-MM-DD",
      "20200101 | expected YYYY-MM-DD",
      "2020-01-01T00:00Z | expected YYYY-MM-DD",
      "12345-01-01 | expected YYYY-MM-DD",
      "2020-01-01+19:00 | offset must be between -18:00 and +18:00",
      "2020-01-01+05:60 | offset minutes and seconds must be 00-59",
      "2020-01-01+0530 | expected YYYY-MM-DD",
      "2020-01-01z | expected YYYY-MM-DD",
      "' 2020-01-01' | expected YYYY-MM-DD",
      "'' | expected YYYY-MM-DD"})
  void awsDateRejectsBadDatesNamingTheValue(String date, String reason) {
    String expected = "Invalid AWSDate value: '" + date + "' (";
    assertMentions(rejected(engine.literal("AWSDate", quote(date))), expected, reason);
    assertMentions(rejected(engine.variable("AWSDate", date)), expected, reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12:30", "12:30Z", "12:30:24-07:00", "12:30:24.500+05:30", "00:00:00",
      "23:59:59.123456789", "23:59:59.1Z", "12:30+05:30:15"})
  void awsTimeAcceptsTheDocumentedForms(String time) {
    assertEquals(time, accepted(engine.literal("AWSTime", quote(time))));
    assertEquals(time, accepted(engine.variable("AWSTime", time)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "24:00 | hour must be 00-23",
      "12:60 | minute must be 00-59",
      "12:30:60 | second must be 00-59",
      "12:30.5 | expected hh:mm",
      "12:30:24.1234567890 | expected hh:mm",
      "12:30:24. | expected hh:mm",
      "1:30 | expected hh:mm",
      "12 | expected hh:mm",
      "12:30:24+25:00 | offset must be between -18:00 and +18:00",
      "noon | expected hh:mm"})
  void awsTimeRejectsBadTimesNamingTheValue(String time, String reason) {
    String expected = "Invalid AWSTime value: '" + time + "' (";
    assertMentions(rejected(engine.literal("AWSTime", quote(time))), expected, reason);
    assertMentions(rejected(engine.variable("AWSTime", time)), expected, reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1970-01-01T12:00:00.2Z", "1970-01-01T12:00:00.123456789Z",
      "-2017-01-01T00:00Z", "1970-01-01T12:00:00+05:30", "2016-02-29T23:59:59.999-07:00",
      "2020-01-01T00:00:00+01:00:30"})
  void awsDateTimeAcceptsTheDocumentedForms(String dateTime) {
    assertEquals(dateTime, accepted(engine.literal("AWSDateTime", quote(dateTime))));
    assertEquals(dateTime, accepted(engine.variable("AWSDateTime", dateTime)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2020-01-01T00:00:00 | an offset such as Z or +01:00 is required",
      "2020-01-01T00:00 | an offset such as Z or +01:00 is required",
      "2020-01-01 | expected YYYY-MM-DDThh:mm:ss.sssZ",
      "2020-01-01 00:00:00Z | expected YYYY-MM-DDThh:mm:ss.sssZ",
      "2020-01-01t00:00:00Z | expected YYYY-MM-DDThh:mm:ss.sssZ",
      "2020-02-30T00:00:00Z | day must be 01-29 in month 02",
      "2020-01-01T25:00:00Z | hour must be 00-23",
      "2020-01-01T00:00:00.Z | expected YYYY-MM-DDThh:mm:ss.sssZ",
      "2020-01-01T00:00:00+24:00 | offset must be between -18:00 and +18:00"})
  void awsDateTimeRejectsBadValuesNamingTheValue(String dateTime, String reason) {
    String expected = "Invalid AWSDateTime value: '" + dateTime + "' (";
    assertMentions(rejected(engine.literal("AWSDateTime", quote(dateTime))), expected, reason);
    assertMentions(rejected(engine.variable("AWSDateTime", dateTime)), expected, reason);
  }

  @Test
  void theBriefsExampleMessageIsProducedVerbatimForAVariable() {
    String message = rejected(engine.variable("AWSDateTime", "2020-01-01T00:00:00"));
    assertTrue(message.contains(
        "Invalid AWSDateTime value: '2020-01-01T00:00:00' (an offset such as Z or +01:00 is required)"),
        message);
  }

  @Test
  void nonStringInputIsRejectedForEveryTemporalScalar() {
    assertMentions(rejected(engine.literal("AWSDate", "20200101")),
        "Invalid AWSDate value: 20200101 (expected a string literal)");
    assertMentions(rejected(engine.variable("AWSTime", 1230)),
        "Invalid AWSTime value: 1230 (expected a String but got Integer)");
  }

  @Test
  void serializeFormatsJavaTimeValuesAndPassesValidText() {
    assertEquals("2020-02-29", accepted(engine.emit("AWSDate", LocalDate.of(2020, 2, 29))));
    assertEquals("08:05:03.250", accepted(engine.emit("AWSTime", LocalTime.of(8, 5, 3, 250_000_000))));
    assertEquals("2020-01-01T10:00+05:30", accepted(engine.emit("AWSDateTime",
        OffsetDateTime.of(2020, 1, 1, 10, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)))));
    assertEquals("1970-01-01T00:00:01Z", accepted(engine.emit("AWSDateTime", Instant.ofEpochSecond(1))));
    assertEquals("1970-01-01Z", accepted(engine.emit("AWSDate", "1970-01-01Z")));
  }

  @Test
  void serializeRejectsInvalidResolverResultsAsFieldErrors() {
    assertMentions(fieldError(engine.emit("AWSDateTime", "2020-01-01T00:00:00")),
        "Invalid AWSDateTime value: '2020-01-01T00:00:00' (an offset such as Z or +01:00 is required)");
    assertMentions(fieldError(engine.emit("AWSDate", 42)),
        "Invalid AWSDate value: 42 (expected a String but got Integer)");
  }

  static String quote(String text) {
    return "\"" + text + "\"";
  }

  static void assertMentions(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), () -> "expected '" + part + "' in: " + message);
    }
  }
}
