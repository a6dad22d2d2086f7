package io.tributary.pubsub;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which local handlers listen to which topic. It is the reference count behind "one broker
 * subscription per topic per node": {@link #add} reports the first handler of a topic and
 * {@link #remove} the last. Thread-safe because the in-process bus is called from many contexts.
 */
final class LocalSubscribers {
  private final Map<String, List<LocalSubscription>> byTopic = new HashMap<>();

  /** @return true when this is the topic's first local handler */
  synchronized boolean add(LocalSubscription subscription) {
    List<LocalSubscription> handlers =
        byTopic.computeIfAbsent(subscription.topic(), t -> new ArrayList<>());
    handlers.add(subscription);
    return handlers.size() == 1;
  }

  /** @return true when this removed the topic's last local handler */
  synchronized boolean remove(LocalSubscription subscription) {
    List<LocalSubscription> handlers = byTopic.get(subscription.topic());
    if (handlers == null || !handlers.remove(subscription)) {
      return false;
    }
    if (!handlers.isEmpty()) {
      return false;
    }
    byTopic.remove(subscription.topic());
    return true;
  }

  /** A snapshot, so delivery never runs while holding the lock. */
  synchronized List<LocalSubscription> of(String topic) {
    List<LocalSubscription> handlers = byTopic.get(topic);
    return handlers == null ? List.of() : List.copyOf(handlers);
  }

  synchronized Set<String> topics() {
    return Set.copyOf(byTopic.keySet());
  }

  synchronized int topicCount() {
    return byTopic.size();
  }

  synchronized void clear() {
    byTopic.clear();
  }
}
