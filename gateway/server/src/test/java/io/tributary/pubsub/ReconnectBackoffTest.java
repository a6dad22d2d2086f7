package io.tributary.pubsub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {
  private final ReconnectBackoff backoff =
      new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(5));

  @Test
  void ceilingDoublesPerFailureUpToTheMaximum() {
    assertEquals(100, backoff.ceilingMillis(0));
    assertEquals(200, backoff.ceilingMillis(1));
    assertEquals(3_200, backoff.ceilingMillis(5));
    assertEquals(5_000, backoff.ceilingMillis(6));
    assertEquals(5_000, backoff.ceilingMillis(Integer.MAX_VALUE));
  }

  @Test
  void delayIsJitteredBetweenHalfAndAllOfTheCeiling() {
    for (int failures = 0; failures < 40; failures++) {
      long ceiling = backoff.ceilingMillis(failures);
      for (int i = 0; i < 50; i++) {
        long delay = backoff.delayMillis(failures);
        assertTrue(delay >= ceiling / 2 && delay <= ceiling, delay + " outside " + ceiling);
      }
    }
  }
}
