package io.tributary.realtime;

import io.vertx.core.buffer.Buffer;

/**
 * Receives the events of one subscription. May be called from any thread; the connection moves
 * the call onto its own event loop.
 */
public interface SubscriptionSink {

  /**
   * One event. {@code payload} is the serialized {@code {"data":{…}}} object (maybe with
   * {@code "errors"}), shared by many subscribers: it is never modified, only wrapped.
   */
  void next(Buffer payload);

  /**
   * The server ended the subscription (invalidation).
   *
   * @param closeConnection the AppSync protocol closes the socket after the {@code complete};
   *     graphql-transport-ws completes only the operation, as its protocol intends
   */
  void complete(boolean closeConnection);
}
