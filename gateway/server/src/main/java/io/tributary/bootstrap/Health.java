package io.tributary.bootstrap;

import io.tributary.pubsub.BusHealth;
import io.tributary.pubsub.TopicBus;
import io.tributary.realtime.RealtimeRoutes;
import io.tributary.realtime.fanout.RealtimeFanout;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: UP while the node can serve. A bus outage degrades cross-node delivery but
 * not the node itself (queries, mutations and local subscribers keep working), so it is reported
 * as DEGRADED rather than DOWN and a load balancer keeps sending traffic.
 */
final class Health {
  private Health() {}

  static Map<String, Object> report(TopicBus bus, RealtimeFanout fanout, RealtimeRoutes realtime) {
    BusHealth busHealth = bus.health();
    Map<String, Object> busReport = new LinkedHashMap<>();
    busReport.put("up", busHealth.up());
    busReport.put("subscribedTopics", busHealth.subscribedTopics());
    busReport.put("reconnectAttempts", busHealth.reconnectAttempts());
    busReport.put("lastError", busHealth.lastError());
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("status", busHealth.up() ? "UP" : "DEGRADED");
    report.put("bus", busReport);
    report.put("connections", realtime.openConnections());
    report.put("subscriptions", fanout.subscriptionCount());
    return report;
  }
}
