package io.tributary.pubsub;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import java.lang.System.Logger.Level;

/**
 * One handler registered on this node, bound to the context it subscribed from. Identity (not
 * value) equality on purpose: the same handler may be registered twice and must be removable
 * once per registration.
 */
final class LocalSubscription {
  private static final System.Logger LOG = System.getLogger(LocalSubscription.class.getName());

  private final String topic;
  private final Handler<Buffer> handler;
  private final Context context;

  LocalSubscription(String topic, Handler<Buffer> handler, Context context) {
    this.topic = topic;
    this.handler = handler;
    this.context = context;
  }

  String topic() {
    return topic;
  }

  Context context() {
    return context;
  }

  /**
   * Runs the handler on its own context. A handler that throws must not stop delivery to the
   * others, so the failure is logged here instead of reaching the context's exception handler.
   */
  void deliver(Buffer message) {
    context.runOnContext(v -> invoke(message));
  }

  private void invoke(Buffer message) {
    try {
      handler.handle(message);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Topic handler for '" + topic + "' failed", e);
    }
  }
}
