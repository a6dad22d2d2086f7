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

class AwsEmailScalarTest {
  private final EchoSchema engine = new EchoSchema();

  @ParameterizedTest
  @ValueSource(strings = {"username@example.com", "first.last@sub.example.co.uk",
      "user+tag@example.com", "o'brien@example.ie", "x@localhost", "a-b_c@ex-ample.org",
      "\"john doe\"@example.com", "\"quoted\\\"quote\"@example.com", "user@[192.0.2.1]",
      "!#$%&'*+/=?^_`{|}~-@example.com"})
  void rfc822AddressesAreAccepted(String email) {
    assertEquals(email, accepted(engine.variable("AWSEmail", email)));
    assertEquals(email, accepted(engine.literal("AWSEmail", graphqlString(email))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "plainaddress | expected local-part@domain",
      "@example.com | the part before '@' must have 1-64 characters",
      "user@ | the part after '@' is not a valid domain name",
      ".user@example.com | misplaced dot",
      "user.@example.com | misplaced dot",
      "us..er@example.com | misplaced dot",
      "us er@example.com | must be quoted",
      "user@exa mple.com | not a valid domain name",
      "user@-example.com | not a valid domain name",
      "user@example-.com | not a valid domain name",
      "user@example..com | not a valid domain name",
      "user@example.com. | not a valid domain name",
      "a@b@example.com | must be quoted",
      "üser@example.com | must be quoted"})
  void malformedAddressesAreRejectedNamingTheValue(String email, String reason) {
    String expected = "Invalid AWSEmail value: '" + email + "' (";
    assertMentions(rejected(engine.variable("AWSEmail", email)), expected, reason);
    assertMentions(rejected(engine.literal("AWSEmail", quote(email))), expected, reason);
  }

  @Test
  void overlongLocalPartsAndAddressesAreRejected() {
    String local = "a".repeat(65) + "@example.com";
    assertMentions(rejected(engine.variable("AWSEmail", local)), "must have 1-64 characters");
    String longDomain = "a@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "."
        + "e".repeat(60) + ".example.com";
    assertMentions(rejected(engine.variable("AWSEmail", longDomain)), "at most 254 characters");
  }

  @Test
  void invalidResolverResultsBecomeFieldErrors() {
    assertMentions(fieldError(engine.emit("AWSEmail", "nobody")),
        "Invalid AWSEmail value: 'nobody' (expected local-part@domain)");
  }

  private static String graphqlString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
