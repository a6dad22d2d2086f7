package io.tributary.realtime.fanout;

import io.tributary.pubsub.TopicBus;
import io.vertx.core.Context;
import io.vertx.core.internal.ContextInternal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One {@link LocalRegistry} per event loop that has subscribers. Vert.x runs each HTTP request,
 * and so each WebSocket, on its own duplicated context; the registry is keyed by the event loop's
 * root context, so all connections of a loop share one registry (one index, one rendering per
 * event, one pair of bus topics per field) and closed connections leave nothing behind.
 */
final class Registries {
  private final TopicBus bus;
  private final NodeId node;
  private final Map<Context, LocalRegistry> byContext = new ConcurrentHashMap<>();
  private final AtomicInteger live = new AtomicInteger();

  Registries(TopicBus bus, NodeId node) {
    this.bus = bus;
    this.node = node;
  }

  LocalRegistry forContext(Context context) {
    Context root = context instanceof ContextInternal internal ? internal.unwrap() : context;
    return byContext.computeIfAbsent(root, c -> new LocalRegistry(c, bus, node, live));
  }

  List<LocalRegistry> all() {
    return List.copyOf(byContext.values());
  }

  NodeId node() {
    return node;
  }

  TopicBus bus() {
    return bus;
  }

  int subscriptionCount() {
    return live.get();
  }
}
