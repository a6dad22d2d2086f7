package io.tributary.bootstrap;

import io.tributary.cache.InProcessCacheStore;
import io.tributary.cache.RedisCacheStore;
import io.tributary.cache.ResolverCache;
import io.tributary.config.CacheConfig;
import io.tributary.config.GatewayConfig;
import io.vertx.core.Vertx;
import java.time.Duration;

/** Opens the API cache's store the configuration names (or none). */
final class Caches {
  private Caches() {}

  static ResolverCache start(Vertx vertx, GatewayConfig config) {
    CacheConfig cache = config.cache();
    if (cache.behavior() == CacheConfig.CacheBehavior.NONE) {
      return null;
    }
    var store = cache.backend() == CacheConfig.CacheBackend.REDIS
        ? new RedisCacheStore(vertx, cache.redisEndpoint() != null ? cache.redisEndpoint() : config.redis().endpoint(),
            cache.keyPrefix(), Duration.ofSeconds(2))
        : new InProcessCacheStore(cache.maxInProcessBytes());
    return new ResolverCache(store, cache.timeout(), cache.maxValueBytes());
  }
}
