package io.tributary.datasource.dynamodb;

import java.time.Duration;

/**
 * How automatic GetItem batching retries {@code UnprocessedKeys}: full-jitter exponential
 * backoff, {@code baseDelay * 2^attempt} capped at {@code maxDelay}, for at most
 * {@code maxAttempts} BatchGetItem calls per batch.
 */
public record BatchRetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
  public static final BatchRetryPolicy DEFAULT =
      new BatchRetryPolicy(8, Duration.ofMillis(25), Duration.ofSeconds(1));

  public BatchRetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** The delay before retry number {@code retry} (1-based), chosen uniformly in [1, cap]. */
  long delayMillis(int retry, java.util.random.RandomGenerator random) {
    long cap = baseDelay.toMillis() << Math.min(retry - 1, 20);
    long bounded = Math.max(1, Math.min(cap, maxDelay.toMillis()));
    return 1 + random.nextLong(bounded);
  }
}
