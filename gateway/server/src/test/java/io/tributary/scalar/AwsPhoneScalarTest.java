package io.tributary.scalar;

import static io.tributary.scalar.EchoSchema.accepted;
import static io.tributary.scalar.EchoSchema.fieldError;
import static io.tributary.scalar.EchoSchema.rejected;
import static io.tributary.scalar.TemporalScalarTest.assertMentions;
import static io.tributary.scalar.TemporalScalarTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AwsPhoneScalarTest {
  private final EchoSchema engine = new EchoSchema();

  @ParameterizedTest
  @ValueSource(strings = {"+1 555 764 4377", "+1-555-764-4377", "555 764 4377", "555-764-4377",
      "5557644377", "1 555 764 4377", "(206) 555-0100", "(206)555-0100", "+1 (206) 555-0100",
      "206.555.0100", "+44 20 7946 0958", "+442079460958", "+91 98765 43210", "+683 4002",
      "+49 (30) 123456", "+8613800138000"})
  void separatedGroupsWithOptionalCountryCodeAreAccepted(String phone) {
    assertEquals(phone, accepted(engine.variable("AWSPhone", phone)));
    assertEquals(phone, accepted(engine.literal("AWSPhone", quote(phone))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "555 764 437 | a North American number has 10 digits",
      "44 20 7946 0958 | a North American number has 10 digits",
      "155 764 4377 | area code and exchange cannot start with 0 or 1",
      "055-764-4377 | area code and exchange cannot start with 0 or 1",
      "555-164-4377 | area code and exchange cannot start with 0 or 1",
      "+1 155 764 4377 | area code and exchange cannot start with 0 or 1",
      "+1 555 764 43770 | a North American number has 10 digits",
      "+0 555 764 4377 | a country code does not start with 0",
      "+44 12 | an international number has 7-15 digits",
      "+44 1234 5678 9012 3456 | an international number has 7-15 digits",
      "+ 1 555 764 4377 | '+' must be followed directly by the country code",
      "555--764-4377 | separator '-' must come between groups of digits",
      "555 764 4377 ext 12 | unexpected character 'e'",
      "555/764/4377 | unexpected character '/'",
      "' 5557644377' | separator ' ' must come between groups of digits",
      "'5557644377 ' | a phone number must end with a digit or ')'",
      "(206 555-0100 | separator ' ' cannot appear inside parentheses",
      "(2065550100 | '(' is never closed",
      "206) 555-0100 | ')' must close a group of digits opened with '('",
      "(206) (555) 0100 | only one group of digits may be put in parentheses",
      "() 555 764 4377 | ')' must close a group of digits",
      "phone | unexpected character 'p'",
      "'' | a phone number has 1-32 characters"})
  void malformedNumbersAreRejectedNamingTheValue(String phone, String reason) {
    String expected = "Invalid AWSPhone value: '" + phone + "' (";
    assertMentions(rejected(engine.variable("AWSPhone", phone)), expected, reason);
    assertMentions(rejected(engine.literal("AWSPhone", quote(phone))), expected, reason);
  }

  @Test
  void invalidResolverResultsBecomeFieldErrors() {
    assertMentions(fieldError(engine.emit("AWSPhone", "12")),
        "Invalid AWSPhone value: '12' (a North American number has 10 digits");
  }
}
