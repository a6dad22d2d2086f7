package io.tributary.scalar;

import static io.tributary.scalar.ScalarRule.because;
import static io.tributary.scalar.ScalarRule.valid;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * AWSEmail: {@code local-part@domain} after RFC 822 (as refined by RFC 5322), ASCII only.
 *
 * <ul>
 *   <li>local part: a dot-atom (letters, digits and {@code !#$%&'*+/=?^_`{|}~-}, separated by
 *       single dots, no leading or trailing dot) or a quoted string ({@code "john doe"}, with
 *       {@code \} escaping a printable character); at most 64 characters;</li>
 *   <li>domain: dot-separated host labels (letters, digits, inner hyphens, 1-63 characters each;
 *       a single label such as {@code localhost} is allowed, as RFC 822 allows it) or a domain
 *       literal in brackets ({@code [192.0.2.1]});</li>
 *   <li>the whole address at most 254 characters. Comments, folding white space and
 *       internationalised addresses are not accepted.</li>
 * </ul>
 */
final class EmailRule implements ScalarRule {
  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final Pattern DOT_ATOM = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*");
  private static final Pattern QUOTED =
      Pattern.compile("\"(?:[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\[\\x20-\\x7E])*\"");
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final Pattern HOST = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*");
  private static final Pattern DOMAIN_LITERAL = Pattern.compile("\\[[\\x21-\\x5A\\x5E-\\x7E]+\\]");
  private static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL_LENGTH = 64;

  @Override
  public Optional<String> problem(String text) {
    if (text.length() > MAX_LENGTH) {
      return because("an address has at most " + MAX_LENGTH + " characters");
    }
    int at = text.lastIndexOf('@');
    if (at < 0) {
      return because("expected local-part@domain");
    }
    return localPart(text.substring(0, at)).or(() -> domain(text.substring(at + 1)));
  }

  private static Optional<String> localPart(String local) {
    if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH) {
      return because("the part before '@' must have 1-" + MAX_LOCAL_LENGTH + " characters");
    }
    if (DOT_ATOM.matcher(local).matches() || QUOTED.matcher(local).matches()) {
      return valid();
    }
    return because("the part before '@' has a character that must be quoted, or a misplaced dot");
  }

  private static Optional<String> domain(String domain) {
    if (HOST.matcher(domain).matches() || DOMAIN_LITERAL.matcher(domain).matches()) {
      return valid();
    }
    return because("the part after '@' is not a valid domain name");
  }
}
