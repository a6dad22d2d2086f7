package io.tributary.pubsub;

/**
 * A point-in-time view of a {@link TopicBus}.
 *
 * @param up whether the bus is connected and delivering
 * @param lastError the most recent connection or command failure, {@code null} if none yet; kept
 *     after recovery so an operator can see why the last outage happened
 * @param reconnectAttempts reconnect attempts since the bus was created (monotonic, for metrics)
 * @param subscribedTopics topics with at least one local handler on this node
 */
public record BusHealth(
    boolean up, String lastError, long reconnectAttempts, int subscribedTopics) {

  /** A bus with nothing to report: up, no errors, no reconnects. */
  public static BusHealth healthy(int subscribedTopics) {
    return new BusHealth(true, null, 0, subscribedTopics);
  }
}
