package io.tributary.auth.jwt;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * An issuer's signing keys, cached. A token whose {@code kid} is not in the cached set triggers one
 * re-read of the JWKS, so a rotated key works without a restart; re-reads are rate-limited (at most
 * one per {@code minRefreshInterval}) so a flood of tokens with made-up key ids cannot turn the
 * gateway into a JWKS load generator. Key sets older than {@code maxAge} are re-read in the
 * background while the old set keeps answering, so retired keys leave the cache eventually even
 * when no new key shows up.
 *
 * <p>Shared by every event loop; concurrent callers share one fetch.
 */
public final class KeyCache {
  private static final Logger LOG = Logger.getLogger(KeyCache.class.getName());

  private final JwksSource source;
  private final Clock clock;
  private final Duration minRefreshInterval;
  private final Duration maxAge;

  private volatile JwtKeys current;
  private Future<JwtKeys> inFlight;
  private Instant lastAttempt = Instant.MIN;

  public KeyCache(JwksSource source, Clock clock, Duration minRefreshInterval, Duration maxAge) {
    this.source = source;
    this.clock = clock;
    this.minRefreshInterval = minRefreshInterval;
    this.maxAge = maxAge;
  }

  /**
   * The key set to check a token with {@code kid} against: the cached one when it has the key,
   * else a fresh read when the rate limit allows, else the cached one (and the token fails).
   */
  public Future<JwtKeys> keysFor(String kid) {
    Instant now = clock.instant();
    synchronized (this) {
      if (current != null && current.covers(kid)) {
        if (current.fetchedAt().plus(maxAge).isBefore(now)) {
          refreshLocked(now);
        }
        return Future.succeededFuture(current);
      }
      if (inFlight != null) {
        return inFlight;
      }
      if (lastAttempt.plus(minRefreshInterval).isAfter(now)) {
        // Rate limit, also while the issuer is unreachable: no fetch per request.
        return current != null ? Future.succeededFuture(current)
            : Future.failedFuture(new IllegalStateException("signing keys of " + source.describe()
                + " are unavailable (last read failed; retried after " + minRefreshInterval + ")"));
      }
      return refreshLocked(now);
    }
  }

  /** Whether the key {@code kid} is in the cached set (cached verdicts of retired keys are dropped). */
  public boolean stillPublished(String kid) {
    JwtKeys keys = current;
    return keys != null && keys.covers(kid);
  }

  /** Reads the keys before the first request needs them; failures are only logged. */
  public Future<JwtKeys> warm() {
    synchronized (this) {
      return inFlight != null ? inFlight : refreshLocked(clock.instant());
    }
  }

  private Future<JwtKeys> refreshLocked(Instant now) {
    if (inFlight != null) {
      return inFlight;
    }
    lastAttempt = now;
    Promise<JwtKeys> promise = Promise.promise();
    inFlight = promise.future();
    source.fetch().onComplete(result -> {
      JwtKeys answer;
      synchronized (this) {
        if (result.succeeded()) {
          current = result.result();
        } else {
          LOG.warning("cannot read signing keys from " + source.describe() + ": " + result.cause().getMessage());
        }
        answer = current;
        inFlight = null;
      }
      if (answer != null) {
        promise.complete(answer);
      } else {
        promise.fail(result.cause());
      }
    });
    return promise.future();
  }
}
