package io.tributary.cache;

import io.tributary.execution.RequestScope;
import io.tributary.resolver.FieldResolver;
import io.tributary.resolver.ResolverContext;
import io.tributary.resolver.ResolverOutcome;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Carries out a resolver's {@code extensions.evictFromApiCache(typeName, fieldName, keys)} before
 * its field completes, so the client that made the change reads fresh data next. An eviction that
 * names an uncached field or leaves out a caching key is logged and skipped, as AppSync ignores it.
 */
public final class EvictingFieldResolver implements FieldResolver {
  private static final Logger LOG = Logger.getLogger(EvictingFieldResolver.class.getName());

  private final FieldResolver delegate;
  private final Function<String, CacheKeys> cachedFields;
  private final ResolverCache cache;

  public EvictingFieldResolver(FieldResolver delegate, Function<String, CacheKeys> cachedFields, ResolverCache cache) {
    this.delegate = delegate;
    this.cachedFields = cachedFields;
    this.cache = cache;
  }

  @Override
  public String coordinate() {
    return delegate.coordinate();
  }

  @Override
  public Future<ResolverOutcome> resolve(ResolverContext ctx, RequestScope scope) {
    return delegate.resolve(ctx, scope).compose(outcome -> {
      List<Map<String, Object>> evictions = outcome.extensions().cacheEvictions();
      if (evictions.isEmpty()) {
        return Future.succeededFuture(outcome);
      }
      return scope.resume(cache.evict(keys(evictions))).map(v -> outcome);
    });
  }

  private List<String> keys(List<Map<String, Object>> evictions) {
    List<String> keys = new ArrayList<>();
    for (Map<String, Object> eviction : evictions) {
      String coordinate = eviction.get("typeName") + "." + eviction.get("fieldName");
      CacheKeys field = cachedFields.apply(coordinate);
      Object given = eviction.get("keys");
      String key = field == null || !(given instanceof Map<?, ?> map) ? null : field.keyForEviction(map);
      if (key == null) {
        LOG.warning(delegate.coordinate() + ": evictFromApiCache(" + coordinate + ", " + given
            + ") names no cached entry (the field is not cached, or a caching key is missing)");
        continue;
      }
      keys.add(key);
    }
    return keys;
  }
}
