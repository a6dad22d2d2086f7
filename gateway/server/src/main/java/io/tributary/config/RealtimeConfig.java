package io.tributary.config;

import java.time.Duration;
import java.util.List;

/**
 * WebSocket subscriptions (AppSync real-time protocol and graphql-transport-ws).
 *
 * @param path WebSocket path; AppSync clients derive it as {@code <graphql URL>/realtime}
 * @param host optional real-time host name (like AppSync's {@code appsync-realtime-api} host):
 *     requests for that host get the real-time protocol on {@code server.graphqlPath} itself; null
 *     serves real-time only on {@link #path}
 * @param keepAliveInterval how often a {@code ka} message is sent; must be shorter than
 *     {@link #connectionTimeout} or clients drop the connection
 * @param connectionTimeout sent to clients as {@code connectionTimeoutMs} in {@code connection_ack}:
 *     how long a client waits without a {@code ka} before reconnecting (AppSync: 300 s)
 * @param connectionInitTimeout how long a new socket may take to send {@code connection_init}
 * @param maxConnectionLifetime connections are closed after this long (AppSync: 24 h)
 * @param maxSubscriptionsPerConnection {@code start} messages beyond this get
 *     {@code MaxSubscriptionsReachedError} (AppSync default: 100)
 * @param maxPayloadBytes largest subscription event payload (AppSync: 240 KB)
 * @param maxFrameBytes largest WebSocket frame accepted from a client
 * @param outboundQueueLimit messages queued for a slow client before it is disconnected
 * @param graphqlWs the graphql-transport-ws protocol
 */
public record RealtimeConfig(String path, String host, Duration keepAliveInterval,
    Duration connectionTimeout, Duration connectionInitTimeout, Duration maxConnectionLifetime,
    int maxSubscriptionsPerConnection, int maxPayloadBytes, int maxFrameBytes,
    int outboundQueueLimit, GraphqlWsConfig graphqlWs) implements ConfigValidation {

  public static RealtimeConfig defaults() {
    return new RealtimeConfig("/graphql/realtime", null, Duration.ofSeconds(60), Duration.ofSeconds(300),
        Duration.ofSeconds(15), Duration.ofHours(24), 100, 245_760, 262_144, 1000, GraphqlWsConfig.defaults());
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .require(this.path.startsWith("/"), "path", "must start with '/', got '" + this.path + "'")
        .require(host == null || !host.isBlank(), "host", "must not be empty (leave it out instead)")
        .positive("keepAliveInterval", keepAliveInterval)
        .positive("connectionTimeout", connectionTimeout)
        .require(keepAliveInterval.compareTo(connectionTimeout) < 0, "keepAliveInterval",
            "must be shorter than connectionTimeout (" + connectionTimeout + ")")
        .positive("connectionInitTimeout", connectionInitTimeout)
        .positive("maxConnectionLifetime", maxConnectionLifetime)
        .atLeast("maxSubscriptionsPerConnection", maxSubscriptionsPerConnection, 1)
        .atLeast("maxPayloadBytes", maxPayloadBytes, 1)
        .atLeast("maxFrameBytes", maxFrameBytes, 1)
        .require(maxPayloadBytes <= maxFrameBytes, "maxPayloadBytes",
            "must not exceed maxFrameBytes (" + maxFrameBytes + ")")
        .atLeast("outboundQueueLimit", outboundQueueLimit, 1)
        .problems();
  }
}
