package io.tributary.execution;

import io.tributary.auth.Identity;
import io.tributary.execution.limits.ResolverBudget;
import java.util.Map;

/**
 * Everything the data fetchers of one operation share, kept in graphql-java's GraphQLContext under
 * {@link #KEY}. Confined to the operation's event loop.
 */
public final class RequestState {
  public static final Object KEY = RequestState.class;

  private final Identity identity;
  private final Map<String, Object> headers;
  private final RequestScope scope;
  private final ResolverBudget budget;
  private final OperationRequest.Transport transport;

  public RequestState(
      Identity identity,
      Map<String, Object> headers,
      RequestScope scope,
      ResolverBudget budget,
      OperationRequest.Transport transport) {
    this.identity = identity;
    this.headers = headers;
    this.scope = scope;
    this.budget = budget;
    this.transport = transport;
  }

  public OperationRequest.Transport transport() {
    return transport;
  }

  public Identity identity() {
    return identity;
  }

  public Map<String, Object> headers() {
    return headers;
  }

  public RequestScope scope() {
    return scope;
  }

  /**
   * Counts one resolver invocation against AppSync's {@code resolverCountLimit}. Lists multiply
   * resolver invocations at run time, so a static count of the document is not enough.
   */
  public boolean tryAcquireResolver() {
    return budget.tryAcquire();
  }
}
