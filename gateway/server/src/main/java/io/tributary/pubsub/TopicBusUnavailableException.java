package io.tributary.pubsub;

/**
 * The bus cannot accept the operation right now: the broker is unreachable or the bus is closed.
 * Raised quickly instead of queueing, so a mutation's fan-out never waits on a dead broker.
 */
public final class TopicBusUnavailableException extends RuntimeException {

  public TopicBusUnavailableException(String message) {
    super(message);
  }

  public TopicBusUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
