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

class AwsUrlScalarTest {
  private final EchoSchema engine = new EchoSchema();

  @ParameterizedTest
  @ValueSource(strings = {"https://www.amazon.com/dp/B000NZW3KC/", "http://localhost/",
      "http://localhost:8080/path?q=1#frag", "ftp://ftp.example.com/file.txt", "mailto:user@example.com",
      "myapp://open/item?id=1", "urn:isbn:0451450523", "https://[2001:db8::1]:8443/x",
      "https://example.com/a%20b", "file:///etc/hosts"})
  void absoluteUrlsWithAnySchemeAreAccepted(String url) {
    assertEquals(url, accepted(engine.variable("AWSURL", url)));
    assertEquals(url, accepted(engine.literal("AWSURL", quote(url))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "amazon.com | a scheme such as https: is required",
      "/relative/path | a scheme such as https: is required",
      "//example.com/x | a scheme such as https: is required",
      "'' | a scheme such as https: is required",
      "1http://example.com | a scheme such as https: is required",
      "https://example.com//double | the path must not contain '//'",
      "https://example.com/a//b | the path must not contain '//'",
      "https://exa mple.com/ | Illegal character",
      "https://example.com/a b | Illegal character",
      "http:// | Expected authority",
      "http: | Expected scheme-specific part"})
  void invalidUrlsAreRejectedNamingTheValue(String url, String reason) {
    String expected = "Invalid AWSURL value: '" + url + "' (";
    assertMentions(rejected(engine.variable("AWSURL", url)), expected, reason);
    assertMentions(rejected(engine.literal("AWSURL", quote(url))), expected, reason);
  }

  @Test
  void invalidResolverResultsBecomeFieldErrors() {
    assertMentions(fieldError(engine.emit("AWSURL", "example.com")),
        "Invalid AWSURL value: 'example.com' (a scheme such as https: is required)");
  }
}
