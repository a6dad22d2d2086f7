package io.tributary.cache;

import io.vertx.core.Future;
import java.time.Duration;

/**
 * Where cached resolver results live: Redis ({@link RedisCacheStore}, shared by every node) or this
 * process ({@link InProcessCacheStore}, the embedded default). An entry is a key (the resolver and
 * the values of its caching keys) holding one value per caller scope (auth mode and, where the
 * resolver depends on who calls, the caller), so an eviction by caching keys reaches every caller's
 * copy at once.
 *
 * <p>Failures are values, never exceptions thrown at the caller: {@link ResolverCache} turns a
 * failed or slow store into a cache miss.
 */
public interface CacheStore extends AutoCloseable {

  /** The value stored for {@code scope} under {@code key}, or null. */
  Future<byte[]> get(String key, String scope);

  /** Stores {@code value}; a new key lives {@code ttl}, later scopes join it until it expires. */
  Future<Void> put(String key, String scope, byte[] value, Duration ttl);

  /** Removes every scope of these keys. */
  Future<Void> evict(java.util.List<String> keys);

  /** Removes everything this gateway cached (keys under its prefix). */
  Future<Void> flush();

  String describe();

  @Override
  default void close() {}
}
