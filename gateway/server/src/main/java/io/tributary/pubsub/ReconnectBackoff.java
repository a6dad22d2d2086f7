package io.tributary.pubsub;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with "equal jitter": the n-th consecutive failure waits between half and all
 * of {@code min(max, initial * 2^n)}. The jitter keeps a fleet of gateways from reconnecting to a
 * restarted Redis in lockstep; the floor keeps a single node from hammering it.
 */
record ReconnectBackoff(Duration initial, Duration max) {
  /** 2^20 times any sane initial delay is far past any sane max; also keeps the shift in range. */
  private static final int MAX_DOUBLINGS = 20;

  /** @param failures consecutive failed attempts so far, 0 for the first retry */
  long delayMillis(int failures) {
    long ceiling = ceilingMillis(failures);
    long half = ceiling / 2;
    return Math.max(1, half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
  }

  long ceilingMillis(int failures) {
    int doublings = Math.min(Math.max(failures, 0), MAX_DOUBLINGS);
    long grown = initial.toMillis() << doublings;
    return Math.max(1, Math.min(max.toMillis(), grown));
  }
}
