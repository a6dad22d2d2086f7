package io.tributary.pubsub;

import io.vertx.core.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/** The handle given to a subscriber; makes unsubscribe idempotent for every bus. */
final class LocalTopicSubscription implements TopicSubscription {
  private final LocalSubscription subscription;
  private final Function<LocalSubscription, Future<Void>> remover;
  private final AtomicBoolean active = new AtomicBoolean(true);

  LocalTopicSubscription(
      LocalSubscription subscription, Function<LocalSubscription, Future<Void>> remover) {
    this.subscription = subscription;
    this.remover = remover;
  }

  @Override
  public String topic() {
    return subscription.topic();
  }

  @Override
  public Future<Void> unsubscribe() {
    if (!active.compareAndSet(true, false)) {
      return Future.succeededFuture();
    }
    return remover.apply(subscription);
  }
}
