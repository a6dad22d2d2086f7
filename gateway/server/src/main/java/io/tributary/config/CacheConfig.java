package io.tributary.config;

import java.time.Duration;
import java.util.List;

/**
 * The API cache, as AppSync's: off, per-resolver (resolvers with {@code caching:} in their
 * api.yaml), or full-request (every query resolver, keyed by its arguments, source and caller).
 *
 * @param behavior NONE, PER_RESOLVER_CACHING or FULL_REQUEST_CACHING
 * @param ttl the TTL of full-request caching (1 s..1 h); per-resolver TTLs come from api.yaml
 * @param backend IN_PROCESS (this node only, the embedded default) or REDIS (shared by every node)
 * @param redisEndpoint the Redis for REDIS; defaults to {@code redis.endpoint}
 * @param timeout longest wait for the cache on a request; slower answers count as misses
 * @param maxValueBytes larger results are not cached
 * @param maxInProcessBytes the in-process cache's size bound
 * @param keyPrefix prepended to every Redis key
 * @param adminToken enables {@code POST /admin/cache/flush} for callers sending it as
 *     {@code x-tributary-admin-token}; empty leaves the endpoint off
 */
public record CacheConfig(CacheBehavior behavior, Duration ttl, CacheBackend backend, String redisEndpoint,
    Duration timeout, int maxValueBytes, long maxInProcessBytes, String keyPrefix, String adminToken)
    implements ConfigValidation {

  /** AppSync's caching behaviours. */
  public enum CacheBehavior { NONE, PER_RESOLVER_CACHING, FULL_REQUEST_CACHING }

  /** Where entries live. */
  public enum CacheBackend { IN_PROCESS, REDIS }

  public static CacheConfig defaults() {
    return new CacheConfig(CacheBehavior.PER_RESOLVER_CACHING, Duration.ofSeconds(300), CacheBackend.IN_PROCESS, null,
        Duration.ofMillis(50), 256 * 1024, 64L * 1024 * 1024, "tributary:cache:", "");
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .require(ttl.compareTo(Duration.ofSeconds(1)) >= 0 && ttl.compareTo(Duration.ofHours(1)) <= 0, "ttl",
            "must be between 1s and 3600s")
        .positive("timeout", timeout)
        .range("maxValueBytes", maxValueBytes, 1, 16 * 1024 * 1024)
        .atLeast("maxInProcessBytes", maxInProcessBytes, 1024)
        .require(redisEndpoint == null || redisEndpoint.startsWith("redis://") || redisEndpoint.startsWith("rediss://"),
            "redisEndpoint", "must start with redis:// or rediss://")
        .problems();
  }
}
