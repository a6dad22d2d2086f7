package io.tributary.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded default: a Caffeine cache in this process, bounded by total bytes (W-TinyLFU
 * eviction), each key expiring {@code ttl} after it was first written.
 */
public final class InProcessCacheStore implements CacheStore {

  /** One key's values by scope, and when it was created to live. */
  private record Entry(Map<String, byte[]> scopes, long ttlNanos) {
    int weight() {
      int bytes = 64;
      for (Map.Entry<String, byte[]> e : scopes.entrySet()) {
        bytes += e.getKey().length() + e.getValue().length + 32;
      }
      return bytes;
    }
  }

  private final Cache<String, Entry> cache;

  public InProcessCacheStore(long maxBytes) {
    this.cache = Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((String key, Entry entry) -> key.length() + entry.weight())
        .expireAfter(new Expiry<String, Entry>() {
          @Override
          public long expireAfterCreate(String key, Entry entry, long now) {
            return entry.ttlNanos();
          }

          @Override
          public long expireAfterUpdate(String key, Entry entry, long now, long current) {
            return current;
          }

          @Override
          public long expireAfterRead(String key, Entry entry, long now, long current) {
            return current;
          }
        })
        .build();
  }

  @Override
  public Future<byte[]> get(String key, String scope) {
    Entry entry = cache.getIfPresent(key);
    return Future.succeededFuture(entry == null ? null : entry.scopes().get(scope));
  }

  @Override
  public Future<Void> put(String key, String scope, byte[] value, Duration ttl) {
    cache.asMap().compute(key, (k, old) -> {
      Map<String, byte[]> scopes = new ConcurrentHashMap<>(old == null ? Map.of() : old.scopes());
      scopes.put(scope, value);
      return new Entry(scopes, old == null ? ttl.toNanos() : old.ttlNanos());
    });
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> evict(List<String> keys) {
    cache.invalidateAll(keys);
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> flush() {
    cache.invalidateAll();
    return Future.succeededFuture();
  }

  @Override
  public String describe() {
    return "in-process cache";
  }

  /** Entries held now (tests). */
  public long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }
}
