package io.tributary.cache;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A {@link CacheStore} that never makes a request fail or wait long: every call has a time limit,
 * and after a failure the store is skipped for a growing pause (jittered, up to 10 s), so while
 * Redis is down or slow requests go straight to their resolvers and the first call after the pause
 * probes it again. Counters feed metrics.
 */
public final class ResolverCache implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ResolverCache.class.getName());
  private static final long MIN_PAUSE_MILLIS = 200;
  private static final long MAX_PAUSE_MILLIS = 10_000;

  private final CacheStore store;
  private final long timeoutMillis;
  private final int maxValueBytes;
  private volatile long skipUntil;
  private volatile long pauseMillis = MIN_PAUSE_MILLIS;
  final AtomicLong hits = new AtomicLong();
  final AtomicLong misses = new AtomicLong();
  final AtomicLong bypassed = new AtomicLong();
  final AtomicLong errors = new AtomicLong();

  public ResolverCache(CacheStore store, Duration timeout, int maxValueBytes) {
    this.store = store;
    this.timeoutMillis = timeout.toMillis();
    this.maxValueBytes = maxValueBytes;
  }

  /** The cached bytes, or null on a miss, a failure or while the store is skipped. */
  public Future<byte[]> get(String key, String scope) {
    if (skipping()) {
      bypassed.incrementAndGet();
      return Future.succeededFuture(null);
    }
    return guarded(store.get(key, scope)).map(value -> {
      (value == null ? misses : hits).incrementAndGet();
      return value;
    }).otherwise(e -> {
      misses.incrementAndGet();
      return null;
    });
  }

  /** Stores in the background; values above maxValueBytes are not cached. */
  public void put(String key, String scope, byte[] value, Duration ttl) {
    if (value.length > maxValueBytes || skipping()) {
      return;
    }
    guarded(store.put(key, scope, value, ttl));
  }

  /** Evicts; completes (successfully) when done, failed or timed out, so a mutation never hangs on it. */
  public Future<Void> evict(List<String> keys) {
    if (keys.isEmpty()) {
      return Future.succeededFuture();
    }
    return guarded(store.evict(keys)).otherwise(e -> {
      LOG.warning("cache eviction of " + keys.size() + " key(s) failed: " + e.getMessage()
          + "; they expire with their TTL");
      return null;
    });
  }

  /** Flushes everything; fails when the store cannot. */
  public Future<Void> flush() {
    return store.flush();
  }

  public String describe() {
    return store.describe();
  }

  /** hits, misses, bypassed, errors: for metrics and tests. */
  public long[] counters() {
    return new long[] {hits.get(), misses.get(), bypassed.get(), errors.get()};
  }

  private boolean skipping() {
    return System.currentTimeMillis() < skipUntil;
  }

  private <T> Future<T> guarded(Future<T> call) {
    return call.timeout(timeoutMillis, TimeUnit.MILLISECONDS).onComplete(result -> {
      if (result.succeeded()) {
        pauseMillis = MIN_PAUSE_MILLIS;
        return;
      }
      errors.incrementAndGet();
      long pause = pauseMillis;
      skipUntil = System.currentTimeMillis() + pause / 2 + (long) (Math.random() * pause / 2);
      pauseMillis = Math.min(MAX_PAUSE_MILLIS, pause * 2);
      LOG.warning(store.describe() + " failed (" + result.cause().getMessage() + "); bypassing it for up to "
          + pause + " ms");
    });
  }

  @Override
  public void close() {
    store.close();
  }
}
