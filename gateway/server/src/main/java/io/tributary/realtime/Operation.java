package io.tributary.realtime;

import io.vertx.core.buffer.Buffer;

/**
 * One subscription on a connection, from the client's start/subscribe until it ends. It is the
 * {@link SubscriptionSink} handed to the service; calls arriving from other threads are moved
 * onto the connection's event loop.
 */
public final class Operation implements SubscriptionSink {
  private final RealtimeConnection connection;
  private final String id;
  private LiveSubscription live;
  private boolean ended;
  /** Wall-clock millis when the subscriber's credential expires (Long.MAX_VALUE: never). */
  long expiresAt = Long.MAX_VALUE;

  Operation(RealtimeConnection connection, String id) {
    this.connection = connection;
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Whether the service has not yet confirmed the subscription. */
  public boolean pending() {
    return live == null && !ended;
  }

  public boolean ended() {
    return ended;
  }

  @Override
  public void next(Buffer payload) {
    connection.sweeper().onLoop(() -> connection.deliver(this, payload));
  }

  @Override
  public void complete(boolean closeConnection) {
    connection.sweeper().onLoop(() -> connection.serverCompleted(this, closeConnection));
  }

  /** The service confirmed it; returns false (and cancels it) when the operation already ended. */
  boolean activate(LiveSubscription subscription) {
    if (ended) {
      subscription.cancel();
      return false;
    }
    live = subscription;
    return true;
  }

  /** Ends the operation and releases its registration. Idempotent. */
  void end() {
    if (ended) {
      return;
    }
    ended = true;
    if (live != null) {
      live.cancel();
      live = null;
    }
  }
}
