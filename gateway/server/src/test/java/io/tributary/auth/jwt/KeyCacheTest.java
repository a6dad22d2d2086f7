package io.tributary.auth.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.auth.local.LocalIssuer;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The JWKS cache's refresh rules, with a counting source and a hand-moved clock. */
class KeyCacheTest {

  /** A source that answers with the current issuer's keys, or fails while down. */
  private static final class CountingSource implements JwksSource {
    final AtomicInteger reads = new AtomicInteger();
    final AtomicReference<LocalIssuer> issuer = new AtomicReference<>();
    volatile boolean down;
    final Clock clock;

    CountingSource(Clock clock) {
      this.clock = clock;
    }

    @Override
    public Future<JwtKeys> fetch() {
      reads.incrementAndGet();
      return down ? Future.failedFuture(new IllegalStateException("issuer down"))
          : Future.succeededFuture(JwtKeys.of(issuer.get().jwks(), clock.instant()));
    }

    @Override
    public String describe() {
      return "test source";
    }
  }

  private final MutableClock clock = new MutableClock();

  @Test
  void anUnknownKidReReadsTheJwksAtMostOncePerInterval() {
    CountingSource source = new CountingSource(clock);
    source.issuer.set(LocalIssuer.generate("iss", clock));
    KeyCache cache = new KeyCache(source, clock, Duration.ofSeconds(30), Duration.ofHours(1));

    assertTrue(cache.keysFor(source.issuer.get().keyId()).succeeded());
    for (int i = 0; i < 100; i++) {
      cache.keysFor("made-up-" + i);
    }
    assertEquals(1, source.reads.get(), "made-up kids within the interval cause no reads");

    clock.advance(Duration.ofSeconds(31));
    cache.keysFor("made-up-again");
    assertEquals(2, source.reads.get());
  }

  @Test
  void anUnreachableIssuerIsNotAskedOnEveryRequest() {
    CountingSource source = new CountingSource(clock);
    source.down = true;
    KeyCache cache = new KeyCache(source, clock, Duration.ofSeconds(30), Duration.ofHours(1));

    for (int i = 0; i < 50; i++) {
      assertTrue(cache.keysFor("k").failed());
    }
    assertEquals(1, source.reads.get());

    source.down = false;
    source.issuer.set(LocalIssuer.generate("iss", clock));
    clock.advance(Duration.ofSeconds(31));
    assertTrue(cache.keysFor(source.issuer.get().keyId()).succeeded(), "keys are read again after the interval");
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
