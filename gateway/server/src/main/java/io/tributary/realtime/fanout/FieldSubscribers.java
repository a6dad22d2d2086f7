package io.tributary.realtime.fanout;

import io.tributary.pubsub.TopicSubscription;
import io.tributary.realtime.filter.SubscriberIndex;
import io.vertx.core.Future;
import java.util.List;

/** The subscribers of one subscription field on one event loop, and its two bus topics. */
final class FieldSubscribers {
  final SubscriberIndex<Subscriber> events = new SubscriberIndex<>();
  final SubscriberIndex<Subscriber> invalidations = new SubscriberIndex<>();
  Future<Void> ready;
  List<Future<TopicSubscription>> topics = List.of();
  private int size;

  void add(Subscriber subscriber) {
    events.add(subscriber.field, subscriber, subscriber.eventFilter);
    if (subscriber.invalidationFilter != null) {
      invalidations.add(subscriber.field, subscriber, subscriber.invalidationFilter);
    }
    size++;
  }

  boolean remove(Subscriber subscriber) {
    if (!events.remove(subscriber.field, subscriber)) {
      return false;
    }
    invalidations.remove(subscriber.field, subscriber);
    size--;
    return true;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void close() {
    for (Future<TopicSubscription> topic : topics) {
      topic.onSuccess(TopicSubscription::unsubscribe);
    }
  }
}
