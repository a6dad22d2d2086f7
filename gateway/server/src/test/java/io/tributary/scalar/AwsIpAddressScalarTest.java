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

class AwsIpAddressScalarTest {
  private final EchoSchema engine = new EchoSchema();

  @ParameterizedTest
  @ValueSource(strings = {"123.12.34.56", "0.0.0.0", "255.255.255.255", "123.45.67.89/16",
      "10.0.0.0/8", "0.0.0.0/0", "192.168.1.1/32", "1a2b:3c4b::", "::", "::1",
      "2001:db8:85a3:0:0:8a2e:370:7334", "2001:DB8::8A2E:370:7334", "fe80::1:2", "1::",
      "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "::ffff:192.0.2.128", "64:ff9b::192.0.2.33",
      "1:2:3:4:5:6:1.2.3.4", "2001:db8::/32", "::/0", "::1/128", "8b4:6ad1::/64"})
  void ipv4AndIpv6AddressesWithOptionalCidrAreAccepted(String address) {
    assertEquals(address, accepted(engine.variable("AWSIPAddress", address)));
    assertEquals(address, accepted(engine.literal("AWSIPAddress", quote(address))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "256.1.1.1 | not a valid IPv4 address",
      "1.2.3 | not a valid IPv4 address",
      "1.2.3.4.5 | not a valid IPv4 address",
      "01.2.3.4 | not a valid IPv4 address",
      "1.2.3.-4 | not a valid IPv4 address",
      "a.b.c.d | not a valid IPv4 address",
      "'' | not a valid IPv4 address",
      "1.2.3.4/33 | the CIDR prefix length must be 0-32",
      "1.2.3.4/ | the CIDR prefix length must be 0-32",
      "1.2.3.4/08 | the CIDR prefix length must be 0-32",
      "1.2.3.4/+8 | the CIDR prefix length must be 0-32",
      "1.2.3.4/8/8 | the CIDR prefix length must be 0-32",
      "::/129 | the CIDR prefix length must be 0-128",
      "1:2:3:4:5:6:7:8:9 | not a valid IPv6 address",
      "1:2:3:4:5:6:7 | not a valid IPv6 address",
      "1:2:3:4:5:6:7:8:: | not a valid IPv6 address",
      "1::2::3 | not a valid IPv6 address",
      ":::1 | not a valid IPv6 address",
      ":1::2 | not a valid IPv6 address",
      "1::2: | not a valid IPv6 address",
      "12345::1 | not a valid IPv6 address",
      "g::1 | not a valid IPv6 address",
      "[::1] | not a valid IPv6 address",
      "fe80::1%eth0 | not a valid IPv6 address",
      "1.2.3.4::1 | not a valid IPv6 address",
      "::ffff:1.2.3.256 | not a valid IPv6 address",
      "1:2:3:4:5:6:7:1.2.3.4 | not a valid IPv6 address"})
  void malformedAddressesAreRejectedNamingTheValue(String address, String reason) {
    String expected = "Invalid AWSIPAddress value: '" + address + "' (";
    assertMentions(rejected(engine.variable("AWSIPAddress", address)), expected, reason);
    assertMentions(rejected(engine.literal("AWSIPAddress", quote(address))), expected, reason);
  }

  @Test
  void invalidResolverResultsBecomeFieldErrors() {
    assertMentions(fieldError(engine.emit("AWSIPAddress", "localhost")),
        "Invalid AWSIPAddress value: 'localhost' (not a valid IPv4 address)");
  }
}
