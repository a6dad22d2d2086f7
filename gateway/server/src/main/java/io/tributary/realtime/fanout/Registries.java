package io.tributary.realtime.fanout;

import io.tributary.pubsub.TopicBus;
import io.vertx.core.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** One {@link LocalRegistry} per event loop that has subscribers. */
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
    return byContext.computeIfAbsent(context, c -> new LocalRegistry(c, bus, node, live));
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
