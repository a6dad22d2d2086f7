package io.tributary.execution;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.tributary.resolver.ResolverExtensions;
import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;

/**
 * The data fetcher of every {@code Subscription} field. It runs once, when a client subscribes:
 * it runs the field's resolver if the source API attached one (AppSync runs it at subscribe time
 * for authorization and to install enhanced filters) and records a {@link SubscriptionPlan}.
 * Events are not produced through graphql-java: the real-time layer projects each mutation result
 * for many subscribers at once, so the publisher returned here never emits.
 */
final class SubscriptionFieldFetcher implements DataFetcher<CompletableFuture<DataFetcherResult<Object>>> {
  private static final Publisher<Object> SILENT = subscriber -> subscriber.onSubscribe(new Subscription() {
    @Override
    public void request(long n) {}

    @Override
    public void cancel() {}
  });

  private final ResolverDataFetcher resolver;

  /** @param resolver the field's resolver, or null when the source API attached none */
  SubscriptionFieldFetcher(ResolverDataFetcher resolver) {
    this.resolver = resolver;
  }

  @Override
  public CompletableFuture<DataFetcherResult<Object>> get(DataFetchingEnvironment env) {
    if (resolver == null) {
      RequestState state = env.getGraphQlContext().get(RequestState.KEY);
      state.planSubscription(plan(env, ResolverExtensions.NONE));
      return CompletableFuture.completedFuture(DataFetcherResult.newResult().data(SILENT).build());
    }
    return resolver.get(env).thenApply(result -> {
      if (!result.getErrors().isEmpty()) {
        return DataFetcherResult.newResult().errors(result.getErrors()).build();
      }
      return DataFetcherResult.newResult().data(SILENT).build();
    });
  }

  static SubscriptionPlan plan(DataFetchingEnvironment env, ResolverExtensions extensions) {
    return new SubscriptionPlan(
        env.getField().getName(),
        env.getField().getResultKey(),
        env.getArguments(),
        extensions.subscriptionFilter(),
        extensions.subscriptionInvalidationFilter());
  }
}
