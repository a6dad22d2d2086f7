package io.tributary.scalar;

import static io.tributary.scalar.ScalarRule.because;
import static io.tributary.scalar.ScalarRule.valid;

import java.util.Optional;

/**
 * AWSPhone, validated without a numbering-plan database.
 *
 * <p>Syntax: an optional leading {@code +} directly followed by a digit, then groups of digits.
 * Groups are separated by a single space, hyphen or dot; one group may be wrapped in parentheses,
 * and no separator is needed next to the parentheses ({@code (206)555-0100}). Nothing else is
 * allowed: no letters, no extensions, no leading or trailing space, no doubled separators.
 *
 * <p>Digits:
 * <ul>
 *   <li>with {@code +}: country code and number together have 7-15 digits (E.164) and do not
 *       start with 0; a number starting with {@code +1} is a North American (NANP) number and
 *       must have exactly 10 more digits that pass the NANP checks below;</li>
 *   <li>without {@code +}: the number is treated as NANP (like AppSync, which assumes the US):
 *       10 digits, or 11 digits starting with the trunk prefix 1; the area code and the exchange
 *       (first and fourth of the 10 digits) must start with 2-9.</li>
 * </ul>
 */
final class PhoneRule implements ScalarRule {
  private static final int MAX_LENGTH = 32;
  private static final int MIN_INTERNATIONAL_DIGITS = 7;
  private static final int MAX_INTERNATIONAL_DIGITS = 15;
  private static final int NANP_DIGITS = 10;

  @Override
  public Optional<String> problem(String text) {
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return because("a phone number has 1-" + MAX_LENGTH + " characters");
    }
    boolean international = text.charAt(0) == '+';
    StringBuilder digits = new StringBuilder();
    Optional<String> syntax = new PhoneSyntax(text, international ? 1 : 0, digits).check();
    if (syntax.isPresent()) {
      return syntax;
    }
    return international ? internationalDigits(digits.toString()) : nationalDigits(digits.toString());
  }

  private static Optional<String> internationalDigits(String digits) {
    if (digits.charAt(0) == '0') {
      return because("a country code does not start with 0");
    }
    if (digits.length() < MIN_INTERNATIONAL_DIGITS || digits.length() > MAX_INTERNATIONAL_DIGITS) {
      return because("an international number has " + MIN_INTERNATIONAL_DIGITS + "-"
          + MAX_INTERNATIONAL_DIGITS + " digits including the country code");
    }
    return digits.charAt(0) == '1' ? nanp(digits.substring(1)) : valid();
  }

  private static Optional<String> nationalDigits(String digits) {
    if (digits.length() == NANP_DIGITS + 1 && digits.charAt(0) == '1') {
      return nanp(digits.substring(1));
    }
    return nanp(digits);
  }

  private static Optional<String> nanp(String digits) {
    if (digits.length() != NANP_DIGITS) {
      return because("a North American number has 10 digits after the optional country code 1;"
          + " other countries need a leading + and country code");
    }
    if (digits.charAt(0) < '2' || digits.charAt(3) < '2') {
      return because("a North American area code and exchange cannot start with 0 or 1");
    }
    return valid();
  }
}
