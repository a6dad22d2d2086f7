package io.tributary.realtime.fanout;

import graphql.schema.GraphQLSchema;
import io.tributary.auth.AuthenticationChain;
import io.tributary.execution.GraphQLEngine;
import io.tributary.execution.OperationObserver;
import io.tributary.pubsub.TopicBus;
import io.tributary.realtime.SubscriptionService;

/**
 * Assembles the fan-out. The engine needs the publisher (to report mutations) and the service
 * needs the engine (to prepare subscriptions), so it is built in two steps: {@link #observer()}
 * before the engine, {@link #service} after.
 */
public final class RealtimeFanout {
  private final Registries registries;
  private final MutationPublisher publisher;

  private RealtimeFanout(Registries registries, MutationPublisher publisher) {
    this.registries = registries;
    this.publisher = publisher;
  }

  public static RealtimeFanout create(TopicBus bus, GraphQLSchema schema) {
    Registries registries = new Registries(bus, NodeId.random());
    return new RealtimeFanout(registries, new MutationPublisher(registries, SubscribeTargets.of(schema)));
  }

  public OperationObserver observer() {
    return publisher;
  }

  public SubscriptionService service(GraphQLEngine engine, AuthenticationChain authentication) {
    return new SubscriptionHub(engine, authentication, registries);
  }

  /** Live subscriptions on this node, for health and tests. */
  public int subscriptionCount() {
    return registries.subscriptionCount();
  }
}
