package io.tributary.scalar;

import static io.tributary.scalar.ScalarRule.because;
import static io.tributary.scalar.ScalarRule.valid;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * AWSIPAddress: an IPv4 dotted quad or an IPv6 address, optionally with a CIDR prefix length.
 *
 * <ul>
 *   <li>IPv4: four decimal parts 0-255, no leading zeros ({@code 010.0.0.1} is ambiguous and
 *       rejected); prefix {@code /0}-{@code /32};</li>
 *   <li>IPv6: eight groups of 1-4 hex digits, or fewer with a single {@code ::} standing for one
 *       or more zero groups; the last two groups may be written as an IPv4 dotted quad
 *       ({@code ::ffff:192.0.2.1}); no brackets, no zone id ({@code %eth0}); prefix
 *       {@code /0}-{@code /128}.</li>
 * </ul>
 * A prefix length is plain decimal without a sign or leading zeros.
 */
final class IpAddressRule implements ScalarRule {
  private static final Pattern PREFIX = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
  private static final Pattern DECIMAL_PART = Pattern.compile("0|[1-9][0-9]{0,2}");
  private static final int MAX_LENGTH = 64;
  private static final int IPV6_GROUPS = 8;

  @Override
  public Optional<String> problem(String text) {
    if (text.length() > MAX_LENGTH) {
      return because("not an IPv4 or IPv6 address");
    }
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    boolean v6 = address.indexOf(':') >= 0;
    boolean ok = v6 ? isIpv6(address) : isIpv4(address);
    if (!ok) {
      return because(v6 ? "not a valid IPv6 address" : "not a valid IPv4 address");
    }
    return slash < 0 ? valid() : prefix(text.substring(slash + 1), v6 ? 128 : 32);
  }

  private static Optional<String> prefix(String text, int max) {
    if (!PREFIX.matcher(text).matches() || Integer.parseInt(text) > max) {
      return because("the CIDR prefix length must be 0-" + max);
    }
    return valid();
  }

  static boolean isIpv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (!DECIMAL_PART.matcher(part).matches() || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  static boolean isIpv6(String text) {
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    if (gap < 0) {
      return countGroups(text, true) == IPV6_GROUPS;
    }
    int head = countGroups(text.substring(0, gap), false);
    int tail = countGroups(text.substring(gap + 2), true);
    return head >= 0 && tail >= 0 && head + tail < IPV6_GROUPS;
  }

  /**
   * Number of 16-bit groups in a colon-separated run, or -1 if a group is malformed. An empty
   * run (one side of {@code ::}) has none; a trailing dotted quad counts as two.
   */
  private static int countGroups(String run, boolean mayEndWithIpv4) {
    if (run.isEmpty()) {
      return 0;
    }
    String[] groups = run.split(":", -1);
    int last = groups.length - 1;
    for (int i = 0; i < last; i++) {
      if (!HEX_GROUP.matcher(groups[i]).matches()) {
        return -1;
      }
    }
    if (HEX_GROUP.matcher(groups[last]).matches()) {
      return groups.length;
    }
    return mayEndWithIpv4 && isIpv4(groups[last]) ? groups.length + 1 : -1;
  }
}
