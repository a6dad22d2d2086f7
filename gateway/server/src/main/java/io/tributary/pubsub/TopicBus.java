package io.tributary.pubsub;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;

/**
 * The cross-node bus that carries subscription events between gateway nodes.
 *
 * <p>A topic is an opaque name chosen by the caller (the realtime layer); how it maps onto a
 * broker (Redis channel names, prefixes, sharding) is the implementation's business and never
 * leaks out of this package. Delivery is at-most-once: a message published while the bus is
 * disconnected, or before a subscription has taken effect, is lost.
 *
 * <p>Every handler runs on the Vert.x context that called {@link #subscribe}, so callers may touch
 * their own connection state from it without locks. Returned futures also complete on the
 * caller's context.
 */
public interface TopicBus {

  /**
   * Sends {@code message} to every subscriber of {@code topic} on every node, including this one.
   *
   * @return succeeds once the broker accepted the message; fails fast with {@link
   *     TopicBusUnavailableException} while the broker is known to be unreachable. Callers that
   *     publish as a side effect (a mutation's fan-out) should log the failure, not propagate it.
   */
  Future<Void> publish(String topic, Buffer message);

  /**
   * Registers {@code handler} for messages on {@code topic}. Many local handlers of one topic share
   * a single broker subscription.
   *
   * @return succeeds once the subscription is active on the broker, or immediately when the broker
   *     is unreachable: the subscription is then recorded and takes effect on reconnect.
   */
  Future<TopicSubscription> subscribe(String topic, Handler<Buffer> handler);

  /** A snapshot of the bus's connection state, for health checks and metrics. */
  default BusHealth health() {
    return BusHealth.healthy(0);
  }

  /** Stops delivery to every handler and releases broker connections. Idempotent. */
  default Future<Void> close() {
    return Future.succeededFuture();
  }
}
