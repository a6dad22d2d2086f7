package io.tributary.pubsub;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

/**
 * A single-node bus: publishing delivers straight to this JVM's handlers, each on the context it
 * subscribed from. The embedded default, and what realtime tests run against.
 */
public final class InProcessTopicBus implements TopicBus {
  private final Vertx vertx;
  private final LocalSubscribers subscribers = new LocalSubscribers();
  private volatile boolean closed;

  public InProcessTopicBus(Vertx vertx) {
    this.vertx = vertx;
  }

  @Override
  public Future<Void> publish(String topic, Buffer message) {
    Future<Void> invalid = BusArguments.checkPublish(topic, message);
    if (invalid != null) {
      return invalid;
    }
    if (closed) {
      return Future.failedFuture(new TopicBusUnavailableException("the topic bus is closed"));
    }
    // Each handler gets its own copy: the publisher may reuse its buffer, and handlers on other
    // threads must not see each other's changes.
    for (LocalSubscription subscription : subscribers.of(topic)) {
      subscription.deliver(message.copy());
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<TopicSubscription> subscribe(String topic, Handler<Buffer> handler) {
    Future<TopicSubscription> invalid = BusArguments.checkSubscribe(topic, handler);
    if (invalid != null) {
      return invalid;
    }
    if (closed) {
      return Future.failedFuture(new TopicBusUnavailableException("the topic bus is closed"));
    }
    Context context = vertx.getOrCreateContext();
    LocalSubscription subscription = new LocalSubscription(topic, handler, context);
    subscribers.add(subscription);
    return Future.succeededFuture(new LocalTopicSubscription(subscription, this::remove));
  }

  private Future<Void> remove(LocalSubscription subscription) {
    subscribers.remove(subscription);
    return Future.succeededFuture();
  }

  @Override
  public BusHealth health() {
    return new BusHealth(!closed, null, 0, subscribers.topicCount());
  }

  @Override
  public Future<Void> close() {
    closed = true;
    subscribers.clear();
    return Future.succeededFuture();
  }
}
