package io.tributary.pubsub;

import io.vertx.core.Future;

/** One local handler's registration on a topic; returned by {@link TopicBus#subscribe}. */
public interface TopicSubscription {

  /** The topic this handler receives. */
  String topic();

  /**
   * Stops delivery to this handler. When it was the last local handler of its topic the node also
   * leaves the broker subscription. Calling it again is a no-op that succeeds.
   */
  Future<Void> unsubscribe();
}
