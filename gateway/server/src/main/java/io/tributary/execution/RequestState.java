package io.tributary.execution;

import io.tributary.auth.Identity;
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
  private final int resolverLimit;
  private int resolversUsed;

  public RequestState(Identity identity, Map<String, Object> headers, RequestScope scope, int resolverLimit) {
    this.identity = identity;
    this.headers = headers;
    this.scope = scope;
    this.resolverLimit = resolverLimit;
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
    if (resolversUsed >= resolverLimit) {
      return false;
    }
    resolversUsed++;
    return true;
  }
}
