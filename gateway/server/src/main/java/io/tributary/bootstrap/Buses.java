package io.tributary.bootstrap;

import io.tributary.config.RedisConfig;
import io.tributary.pubsub.InProcessTopicBus;
import io.tributary.pubsub.RedisBusOptions;
import io.tributary.pubsub.RedisTopicBus;
import io.tributary.pubsub.TopicBus;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/** The subscription bus: Redis pub/sub across nodes when configured, else in-process. */
final class Buses {
  private Buses() {}

  static TopicBus start(Vertx vertx, RedisConfig redis) {
    if (!redis.enabled()) {
      return new InProcessTopicBus(vertx);
    }
    RedisBusOptions options = new RedisBusOptions(redis.endpoint(), redis.sharded(), redis.reconnectInitialDelay(),
        redis.reconnectMaxDelay(), redis.channelPrefix());
    // The Redis bus owns the context it is created on; give it one of its own.
    Context context = vertx.getOrCreateContext();
    Promise<TopicBus> created = Promise.promise();
    context.runOnContext(v -> created.complete(RedisTopicBus.create(vertx, options)));
    return Gateway.await(created.future());
  }
}
