package io.tributary.pubsub;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tracks SUBSCRIBE commands the server has not confirmed yet.
 *
 * <p>The Redis client completes a SUBSCRIBE future as soon as the bytes are written; the real
 * confirmation is a later push frame. Waiting for it is what makes "subscribe succeeded, then
 * publish from another node" reliable. Counting per channel (rather than a flag) keeps the answer
 * right when a channel is subscribed, unsubscribed and subscribed again before the first
 * confirmation arrives: Redis answers in order, so the channel is live once the count is zero.
 *
 * <p>Used only from the bus's owning context.
 */
final class SubscribeAcks {
  private final Map<String, Pending> pending = new HashMap<>();

  private static final class Pending {
    private int outstanding;
    private final List<Promise<Void>> waiters = new ArrayList<>();
  }

  void expect(String channel) {
    pending.computeIfAbsent(channel, c -> new Pending()).outstanding++;
  }

  void acked(String channel) {
    Pending entry = pending.get(channel);
    if (entry == null || --entry.outstanding > 0) {
      return;
    }
    pending.remove(channel);
    entry.waiters.forEach(Promise::tryComplete);
  }

  /** Completes once every SUBSCRIBE sent so far for {@code channel} is confirmed. */
  Future<Void> whenAcked(String channel) {
    Pending entry = pending.get(channel);
    if (entry == null) {
      return Future.succeededFuture();
    }
    Promise<Void> promise = Promise.promise();
    entry.waiters.add(promise);
    return promise.future();
  }

  /**
   * The connection is gone, so no confirmation will come. Waiters succeed anyway: their
   * subscription is recorded and is re-issued on reconnect, which is what a subscribe while
   * disconnected promises too.
   */
  void releaseAll() {
    List<Pending> entries = new ArrayList<>(pending.values());
    pending.clear();
    for (Pending entry : entries) {
      entry.waiters.forEach(Promise::tryComplete);
    }
  }
}
