package io.tributary.realtime;

import io.tributary.config.RealtimeConfig;

/**
 * What every connection of one server shares, held through a single reference so an idle
 * connection does not pay a field per setting.
 *
 * @param config limits and timing
 * @param service the gateway behind the protocols
 * @param sweepers the per-event-loop timers
 * @param graphqlPath the HTTP GraphQL path, which IAM signatures of the handshake name
 * @param metrics connection, subscription and delivery counts
 */
public record RealtimeEnvironment(RealtimeConfig config, SubscriptionService service, Sweepers sweepers,
    String graphqlPath, io.tributary.observability.GatewayMetrics metrics) {}
