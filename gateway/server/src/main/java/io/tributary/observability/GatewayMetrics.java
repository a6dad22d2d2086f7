package io.tributary.observability;

/**
 * What the gateway counts, named after AppSync's CloudWatch metrics (Requests, 4XXError, 5XXError,
 * Latency, ConnectRequests, ConnectSuccess, ConnectClientError, SubscribeSuccess,
 * SubscribeClientError, PublishDataMessage*, DisconnectSuccess; ActiveConnections and
 * ActiveSubscriptions are gauges) plus per-resolver latency. {@link #NONE} when metrics are off;
 * {@link MicrometerGatewayMetrics} exports them in Prometheus format.
 */
public interface GatewayMetrics {

  /** One HTTP GraphQL request answered with {@code status} after {@code nanos}. */
  void request(int status, long nanos);

  /** One resolver run of source API {@code api}. */
  void resolver(String coordinate, String api, long nanos, boolean failed);

  /** A WebSocket connection attempt, accepted or refused for the client's reason. */
  void connect(boolean accepted);

  /** A subscription start, acknowledged or refused. */
  void subscribe(boolean accepted);

  /** One event sent to a subscriber, or refused (too large: client error). */
  void publish(boolean delivered);

  /** A WebSocket connection ended. */
  void disconnect();

  GatewayMetrics NONE = new GatewayMetrics() {
    @Override
    public void request(int status, long nanos) {}

    @Override
    public void resolver(String coordinate, String api, long nanos, boolean failed) {}

    @Override
    public void connect(boolean accepted) {}

    @Override
    public void subscribe(boolean accepted) {}

    @Override
    public void publish(boolean delivered) {}

    @Override
    public void disconnect() {}
  };
}
