package io.tributary.pubsub;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;

/** Argument checks shared by the bus implementations, reported as failed futures, not throws. */
final class BusArguments {
  /** Redis accepts longer names, but a topic this long is a bug in the caller, not a real topic. */
  static final int MAX_TOPIC_LENGTH = 1024;

  private BusArguments() {}

  /** @return a failed future describing the first bad argument, or {@code null} if all are fine */
  static <T> Future<T> checkPublish(String topic, Buffer message) {
    if (message == null) {
      return Future.failedFuture(new IllegalArgumentException("message must not be null"));
    }
    return checkTopic(topic);
  }

  /** @return a failed future describing the first bad argument, or {@code null} if all are fine */
  static <T> Future<T> checkSubscribe(String topic, Handler<Buffer> handler) {
    if (handler == null) {
      return Future.failedFuture(new IllegalArgumentException("handler must not be null"));
    }
    return checkTopic(topic);
  }

  private static <T> Future<T> checkTopic(String topic) {
    if (topic == null || topic.isEmpty()) {
      return Future.failedFuture(new IllegalArgumentException("topic must not be empty"));
    }
    if (topic.length() > MAX_TOPIC_LENGTH) {
      return Future.failedFuture(new IllegalArgumentException(
          "topic is longer than " + MAX_TOPIC_LENGTH + " characters"));
    }
    return null;
  }
}
