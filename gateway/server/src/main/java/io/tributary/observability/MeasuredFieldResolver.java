package io.tributary.observability;

import io.tributary.execution.RequestScope;
import io.tributary.resolver.FieldResolver;
import io.tributary.resolver.ResolverContext;
import io.tributary.resolver.ResolverOutcome;
import io.vertx.core.Future;

/** Times a resolver (per resolver and source API) for {@link GatewayMetrics}. */
public final class MeasuredFieldResolver implements FieldResolver {
  private final FieldResolver delegate;
  private final String api;
  private final GatewayMetrics metrics;

  public MeasuredFieldResolver(FieldResolver delegate, String api, GatewayMetrics metrics) {
    this.delegate = delegate;
    this.api = api;
    this.metrics = metrics;
  }

  @Override
  public String coordinate() {
    return delegate.coordinate();
  }

  @Override
  public Future<ResolverOutcome> resolve(ResolverContext ctx, RequestScope scope) {
    long start = System.nanoTime();
    return delegate.resolve(ctx, scope).andThen(result -> metrics.resolver(delegate.coordinate(), api,
        System.nanoTime() - start, result.failed() || !result.result().errors().isEmpty()));
  }
}
