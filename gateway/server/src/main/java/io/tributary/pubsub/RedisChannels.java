package io.tributary.pubsub;

import io.vertx.core.buffer.Buffer;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;

/**
 * The mapping between topics and Redis channels, and the commands that act on them. Keeping it in
 * one place is what lets the rest of the gateway stay ignorant of Redis naming.
 */
record RedisChannels(String prefix, boolean sharded) {

  String channelOf(String topic) {
    return prefix + topic;
  }

  /** @return the topic, or {@code null} for a channel this bus did not name */
  String topicOf(String channel) {
    if (channel == null || !channel.startsWith(prefix)) {
      return null;
    }
    return channel.substring(prefix.length());
  }

  Request subscribe(String channel) {
    return Request.cmd(sharded ? Command.SSUBSCRIBE : Command.SUBSCRIBE).arg(channel);
  }

  Request unsubscribe(String channel) {
    return Request.cmd(sharded ? Command.SUNSUBSCRIBE : Command.UNSUBSCRIBE).arg(channel);
  }

  Request publish(String channel, Buffer message) {
    return Request.cmd(sharded ? Command.SPUBLISH : Command.PUBLISH).arg(channel).arg(message);
  }
}
