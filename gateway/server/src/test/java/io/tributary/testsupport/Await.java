package io.tributary.testsupport;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition instead of sleeping: polls every few milliseconds until it holds or a
 * deadline passes, then fails with the description (and the last assertion error, if the
 * condition threw one). Must not be called on a Vert.x event loop.
 */
public final class Await {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  private static final long POLL_NANOS = Duration.ofMillis(5).toNanos();

  private Await() {}

  /** Waits up to {@link #DEFAULT_TIMEOUT} for {@code condition} to return true. */
  public static void until(String description, BooleanSupplier condition) {
    until(DEFAULT_TIMEOUT, description, condition);
  }

  /**
   * Waits up to {@code timeout} for {@code condition} to return true. A condition that throws
   * (for instance a failed assertion) counts as "not yet"; the last such error is reported.
   */
  public static void until(Duration timeout, String description, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Attempt attempt = Attempt.of(condition);
    while (!attempt.held()) {
      if (System.nanoTime() - deadline >= 0) {
        throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for: "
            + description, attempt.error());
      }
      LockSupport.parkNanos(POLL_NANOS);
      attempt = Attempt.of(condition);
    }
  }

  private record Attempt(boolean held, Throwable error) {
    static Attempt of(BooleanSupplier condition) {
      try {
        return new Attempt(condition.getAsBoolean(), null);
      } catch (RuntimeException | AssertionError e) {
        return new Attempt(false, e);
      }
    }
  }

  /** Waits until {@code assertion} stops throwing. */
  public static void untilAsserted(String description, Runnable assertion) {
    until(description, () -> {
      assertion.run();
      return true;
    });
  }

  /** The value of a future that must succeed within {@link #DEFAULT_TIMEOUT}. */
  public static <T> T result(Future<T> future) {
    until("future to complete", future::isComplete);
    if (future.failed()) {
      throw new AssertionError("Expected success but failed: " + future.cause(), future.cause());
    }
    return future.result();
  }

  /** The failure of a future that must fail within {@link #DEFAULT_TIMEOUT}. */
  public static Throwable failure(Future<?> future) {
    until("future to complete", future::isComplete);
    if (future.succeeded()) {
      throw new AssertionError("Expected failure but succeeded with: " + future.result());
    }
    return future.cause();
  }

  /** Waits up to {@code timeout}; a failed future rethrows its cause when it is unchecked. */
  public static <T> T result(Future<T> future, Duration timeout) {
    until(timeout, "future to complete", future::isComplete);
    if (future.failed() && future.cause() instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (future.failed()) {
      throw new AssertionError("Expected success but failed: " + future.cause(), future.cause());
    }
    return future.result();
  }

  public static Throwable failure(Future<?> future, Duration timeout) {
    until(timeout, "future to complete", future::isComplete);
    if (future.succeeded()) {
      throw new AssertionError("Expected failure but succeeded with: " + future.result());
    }
    return future.cause();
  }

  public static void until(BooleanSupplier condition, Duration timeout) {
    until(timeout, "condition", condition);
  }

  /** Waits for {@code future}; its failure, or null when it succeeded. */
  public static Throwable failureOrNull(Future<?> future) {
    until("future to complete", future::isComplete);
    return future.failed() ? future.cause() : null;
  }
}
