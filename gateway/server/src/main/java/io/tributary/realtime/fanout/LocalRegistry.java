package io.tributary.realtime.fanout;

import io.tributary.pubsub.TopicBus;
import io.tributary.pubsub.TopicSubscription;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The subscriptions of one event loop, indexed by field and filter, and that loop's bus
 * subscriptions (one per watched field, dropped with its last subscriber). Confined to its
 * context, so it needs no locks; events from the bus and from local mutations both arrive on it.
 */
final class LocalRegistry {
  private static final Logger LOG = Logger.getLogger(LocalRegistry.class.getName());

  private final Context context;
  private final TopicBus bus;
  private final NodeId node;
  private final Map<String, FieldSubscribers> fields = new HashMap<>();
  private final AtomicInteger live;

  /** @param live the node-wide count of live subscriptions, readable from any thread */
  LocalRegistry(Context context, TopicBus bus, NodeId node, AtomicInteger live) {
    this.context = context;
    this.bus = bus;
    this.node = node;
    this.live = live;
  }

  Context context() {
    return context;
  }

  /** Completes once the field's bus topics are live, so events published afterwards arrive. */
  Future<Void> add(Subscriber subscriber) {
    FieldSubscribers field = fields.computeIfAbsent(subscriber.field, this::open);
    field.add(subscriber);
    live.incrementAndGet();
    return field.ready;
  }

  void remove(Subscriber subscriber) {
    FieldSubscribers field = fields.get(subscriber.field);
    if (field == null || !field.remove(subscriber)) {
      return;
    }
    live.decrementAndGet();
    if (field.isEmpty()) {
      fields.remove(subscriber.field);
      field.close();
    }
  }

  /** Delivers one event to every matching subscriber of {@code field}. */
  void deliver(String field, Object payload) {
    FieldSubscribers subscribers = fields.get(field);
    if (subscribers == null) {
      return;
    }
    if (!(payload instanceof Map<?, ?> map)) {
      LOG.fine(() -> "event for " + field + " is not an object; AppSync does not filter list results either");
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> event = (Map<String, Object>) map;
    Map<Object, Buffer> rendered = new IdentityHashMap<>();
    subscribers.events.forEachMatch(field, event, s -> s.sink.next(render(s, event, rendered)));
  }

  /** Ends every subscription of {@code field} whose invalidation filter matches. */
  void invalidate(String field, Map<String, Object> payload) {
    FieldSubscribers subscribers = fields.get(field);
    if (subscribers == null) {
      return;
    }
    subscribers.invalidations.forEachMatch(field, payload, s -> {
      remove(s);
      s.sink.complete(true);
    });
  }

  private static Buffer render(Subscriber s, Map<String, Object> event, Map<Object, Buffer> rendered) {
    Object key = s.renderKey();
    if (key instanceof Map.Entry<?, ?>) {
      return s.projection.render(event, s.variables);
    }
    return rendered.computeIfAbsent(key, k -> s.projection.render(event, s.variables));
  }

  private FieldSubscribers open(String field) {
    FieldSubscribers subscribers = new FieldSubscribers();
    Future<TopicSubscription> events = bus.subscribe(Topics.events(field), message -> fromBus(message, p -> deliver(field, p)));
    Future<TopicSubscription> invalidations =
        bus.subscribe(Topics.invalidations(field), message -> fromBus(message, p -> invalidateFromBus(field, p)));
    subscribers.topics = List.of(events, invalidations);
    subscribers.ready = Future.all(events, invalidations).mapEmpty();
    return subscribers;
  }

  @SuppressWarnings("unchecked")
  private void invalidateFromBus(String field, Object payload) {
    if (payload instanceof Map<?, ?> map) {
      invalidate(field, (Map<String, Object>) map);
    }
  }

  /** Messages this node published were already delivered locally; skip their echo. */
  private void fromBus(Buffer message, java.util.function.Consumer<Object> handler) {
    String origin = BusMessage.origin(message);
    if (origin == null || node.id().equals(origin)) {
      return;
    }
    try {
      handler.accept(BusMessage.payload(message));
    } catch (IllegalArgumentException e) {
      LOG.warning("dropped an unreadable bus message from node " + origin + ": " + e.getMessage());
    }
  }
}
