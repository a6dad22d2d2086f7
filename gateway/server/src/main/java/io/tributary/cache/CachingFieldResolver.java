package io.tributary.cache;

import io.tributary.execution.RequestScope;
import io.tributary.http.JsonCodec;
import io.tributary.resolver.FieldResolver;
import io.tributary.resolver.OperationKind;
import io.tributary.resolver.ResolverContext;
import io.tributary.resolver.ResolverExtensions;
import io.tributary.resolver.ResolverOutcome;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;

/**
 * A resolver with caching on (AppSync's per-resolver caching, or every resolver under full-request
 * caching): a query's answer is looked up by {@link CacheKeys} before the resolver runs and stored
 * after it succeeded without errors. Mutations and subscriptions always run. A store that fails or
 * is slow only costs a miss.
 */
public final class CachingFieldResolver implements FieldResolver {
  private final FieldResolver delegate;
  private final CacheKeys keys;
  private final Duration ttl;
  private final ResolverCache cache;

  public CachingFieldResolver(FieldResolver delegate, CacheKeys keys, Duration ttl, ResolverCache cache) {
    this.delegate = delegate;
    this.keys = keys;
    this.ttl = ttl;
    this.cache = cache;
  }

  @Override
  public String coordinate() {
    return delegate.coordinate();
  }

  public CacheKeys keys() {
    return keys;
  }

  @Override
  public Future<ResolverOutcome> resolve(ResolverContext ctx, RequestScope scope) {
    if (ctx.operation() != OperationKind.QUERY) {
      return delegate.resolve(ctx, scope);
    }
    String key = keys.keyFor(ctx);
    String who = keys.scopeFor(scope.identity());
    return scope.resume(cache.get(key, who)).compose(cached -> {
      if (cached != null) {
        return Future.succeededFuture(new ResolverOutcome(JsonCodec.parse(cached), List.of(), ResolverExtensions.NONE));
      }
      return delegate.resolve(ctx, scope).onSuccess(outcome -> {
        if (outcome.errors().isEmpty() && outcome.extensions().isEmpty()) {
          cache.put(key, who, JsonCodec.write(outcome.value()), ttl);
        }
      });
    });
  }
}
