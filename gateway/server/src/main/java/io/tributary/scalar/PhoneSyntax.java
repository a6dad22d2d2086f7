package io.tributary.scalar;

import static io.tributary.scalar.ScalarRule.because;
import static io.tributary.scalar.ScalarRule.valid;

import java.util.Optional;

/**
 * One pass over a phone number's characters: checks the grouping syntax described on
 * {@link PhoneRule} and collects the digits.
 */
final class PhoneSyntax {
  private enum Last { START, DIGIT, SEPARATOR, OPEN, CLOSE }

  private enum Parentheses { UNUSED, OPEN, CLOSED }

  private final String text;
  private final int start;
  private final StringBuilder digits;
  private Last last = Last.START;
  private Parentheses parentheses = Parentheses.UNUSED;

  PhoneSyntax(String text, int start, StringBuilder digits) {
    this.text = text;
    this.start = start;
    this.digits = digits;
  }

  Optional<String> check() {
    if (start == 1 && (text.length() < 2 || !isDigit(text.charAt(1)))) {
      return because("'+' must be followed directly by the country code");
    }
    for (int i = start; i < text.length(); i++) {
      Optional<String> problem = accept(text.charAt(i));
      if (problem.isPresent()) {
        return problem;
      }
    }
    if (parentheses == Parentheses.OPEN) {
      return because("'(' is never closed");
    }
    if (last != Last.DIGIT && last != Last.CLOSE) {
      return because("a phone number must end with a digit or ')'");
    }
    return valid();
  }

  private Optional<String> accept(char c) {
    if (isDigit(c)) {
      digits.append(c);
      last = Last.DIGIT;
      return valid();
    }
    if (c == ' ' || c == '-' || c == '.') {
      return separator(c);
    }
    if (c == '(') {
      return open();
    }
    if (c == ')') {
      return close();
    }
    return because("unexpected character '" + c + "'");
  }

  private Optional<String> separator(char c) {
    if (last != Last.DIGIT && last != Last.CLOSE) {
      return because("separator '" + c + "' must come between groups of digits");
    }
    if (parentheses == Parentheses.OPEN) {
      return because("separator '" + c + "' cannot appear inside parentheses");
    }
    last = Last.SEPARATOR;
    return valid();
  }

  private Optional<String> open() {
    if (parentheses != Parentheses.UNUSED) {
      return because("only one group of digits may be put in parentheses");
    }
    parentheses = Parentheses.OPEN;
    last = Last.OPEN;
    return valid();
  }

  private Optional<String> close() {
    if (last != Last.DIGIT || parentheses != Parentheses.OPEN) {
      return because("')' must close a group of digits opened with '('");
    }
    parentheses = Parentheses.CLOSED;
    last = Last.CLOSE;
    return valid();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
