package io.tributary.scalar;

import java.util.Optional;

/**
 * A validation rule for the text form of a string-based AWS scalar.
 *
 * <p>A rule answers with the reason a text is invalid (phrased to follow "Invalid AWSX value:
 * '...' (reason)") or with empty when the text is acceptable.
 */
@FunctionalInterface
interface ScalarRule {

  /** Why {@code text} is not a valid value, or empty when it is. */
  Optional<String> problem(String text);

  /** Convenience for rules: an invalid result with the given reason. */
  static Optional<String> because(String reason) {
    return Optional.of(reason);
  }

  /** Convenience for rules: a valid result. */
  static Optional<String> valid() {
    return Optional.empty();
  }
}
