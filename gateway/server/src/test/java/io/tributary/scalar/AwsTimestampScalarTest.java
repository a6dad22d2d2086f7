package io.tributary.scalar;

import static io.tributary.scalar.EchoSchema.accepted;
import static io.tributary.scalar.EchoSchema.fieldError;
import static io.tributary.scalar.EchoSchema.rejected;
import static io.tributary.scalar.TemporalScalarTest.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.ExecutionResult;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsTimestampScalarTest {
  private final EchoSchema engine = new EchoSchema();

  @ParameterizedTest
  @ValueSource(longs = {0L, 1L, -1L, 1514764800L, -31557014167219200L, 31556889864403199L})
  void wholeSecondsInRangeAreAcceptedAndWrittenAsNumbers(long seconds) {
    assertEquals(seconds, accepted(engine.literal("AWSTimestamp", Long.toString(seconds))));
    assertEquals(seconds, accepted(engine.variable("AWSTimestamp", seconds)));
  }

  @Test
  void integralVariablesOfAnyJavaNumberTypeAreAccepted() {
    assertEquals(5L, accepted(engine.variable("AWSTimestamp", 5)));
    assertEquals(5L, accepted(engine.variable("AWSTimestamp", BigInteger.valueOf(5))));
    assertEquals(5L, accepted(engine.variable("AWSTimestamp", new BigDecimal("5.000"))));
    assertEquals(5L, accepted(engine.variable("AWSTimestamp", 5.0d)));
  }

  @Test
  void valuesOutsideTheRangeAreRejectedNamingTheValue() {
    String reason = "(must be between -31557014167219200 and 31556889864403199)";
    assertMentions(rejected(engine.literal("AWSTimestamp", "31556889864403200")),
        "Invalid AWSTimestamp value: 31556889864403200 " + reason);
    assertMentions(rejected(engine.literal("AWSTimestamp", "-31557014167219201")),
        "Invalid AWSTimestamp value: -31557014167219201 " + reason);
    assertMentions(rejected(engine.variable("AWSTimestamp", new BigInteger("99999999999999999999"))),
        "Invalid AWSTimestamp value: 99999999999999999999 " + reason);
  }

  @Test
  void nonIntegersAreRejectedNamingTheValue() {
    assertMentions(rejected(engine.literal("AWSTimestamp", "1.5")),
        "Invalid AWSTimestamp value: 1.5 (expected an integer number of seconds)");
    assertMentions(rejected(engine.literal("AWSTimestamp", "\"1514764800\"")),
        "Invalid AWSTimestamp value: '1514764800' (expected an integer number of seconds)");
    assertMentions(rejected(engine.variable("AWSTimestamp", 1.5d)),
        "Invalid AWSTimestamp value: 1.5 (expected a whole number of seconds)");
    assertMentions(rejected(engine.variable("AWSTimestamp", "1514764800")),
        "Invalid AWSTimestamp value: '1514764800' (expected a whole number of seconds)");
    assertMentions(rejected(engine.variable("AWSTimestamp", true)),
        "Invalid AWSTimestamp value: true (expected a whole number of seconds)");
  }

  @Test
  void resultsAreSerializedAsJsonNumbers() {
    ExecutionResult result = engine.emit("AWSTimestamp", new BigDecimal("1514764800"));
    assertEquals(1514764800L, accepted(result));
    assertEquals(1L, accepted(engine.emit("AWSTimestamp", Instant.ofEpochSecond(1, 999_000_000))));
    assertEquals(-7L, accepted(engine.emit("AWSTimestamp", "-7")));
    assertEquals("{\"data\":{\"emitAWSTimestamp\":42}}", io.vertx.core.json.Json.encode(
        engine.emit("AWSTimestamp", 42).toSpecification()));
  }

  @Test
  void nonNumericResultsBecomeFieldErrors() {
    assertMentions(fieldError(engine.emit("AWSTimestamp", "yesterday")),
        "Invalid AWSTimestamp value: 'yesterday' (expected a whole number of seconds)");
    assertMentions(fieldError(engine.emit("AWSTimestamp", 2.5d)),
        "Invalid AWSTimestamp value: 2.5 (expected a whole number of seconds)");
  }
}
