package io.tributary.execution;

import io.tributary.auth.Identity;
import java.util.ArrayList;
import java.util.List;
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
  private final OperationRequest.Transport transport;

  public RequestState(
      Identity identity,
      Map<String, Object> headers,
      RequestScope scope,
      OperationRequest.Transport transport) {
    this.identity = identity;
    this.headers = headers;
    this.scope = scope;
    this.transport = transport;
  }

  private final List<RootMutation> rootMutations = new ArrayList<>(1);
  private SubscriptionPlan subscriptionPlan;

  void recordRootMutation(RootMutation mutation) {
    rootMutations.add(mutation);
  }

  List<RootMutation> rootMutations() {
    return rootMutations;
  }

  void planSubscription(SubscriptionPlan plan) {
    this.subscriptionPlan = plan;
  }

  SubscriptionPlan subscriptionPlan() {
    return subscriptionPlan;
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

}
