package io.tributary.resolver.js;

/**
 * Input for {@code util.matches}: Java regexes can backtrack for ages and the JS watchdog cannot
 * cancel host code, so the matcher's own reads check the clock and give up at the deadline.
 */
final class DeadlineCharSequence implements CharSequence {

  private static final int CHECK_EVERY = 4096;

  private final CharSequence text;
  private final long deadlineNanos;
  private int reads;

  DeadlineCharSequence(CharSequence text, long deadlineNanos) {
    this.text = text;
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public char charAt(int index) {
    if (++reads % CHECK_EVERY == 0 && System.nanoTime() > deadlineNanos) {
      throw new IllegalStateException("regular expression exceeded the time limit");
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new DeadlineCharSequence(text.subSequence(start, end), deadlineNanos);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
