package io.tributary.pubsub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tributary.testsupport.Await;
import io.tributary.testsupport.RedisServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same bus over Redis 7 sharded pub/sub: SSUBSCRIBE, SUNSUBSCRIBE and SPUBLISH. */
class ShardedRedisTopicBusTest {
  private static final String PREFIX = "shard:";

  private final List<BusNode> nodes = new ArrayList<>();
  private RedisServerProcess redis;

  @BeforeEach
  void startRedis() {
    redis = RedisServerProcess.start();
  }

  @AfterEach
  void stopEverything() {
    nodes.forEach(BusNode::close);
    redis.close();
  }

  private BusNode node() {
    BusNode node = BusNode.redis(new RedisBusOptions(
        redis.endpoint(), true, Duration.ofMillis(50), Duration.ofMillis(500), PREFIX));
    nodes.add(node);
    node.awaitUp();
    return node;
  }

  @Test
  void shardedMessagePublishedOnOneNodeReachesTheOther() {
    BusNode a = node();
    BusNode b = node();
    Inbox onB = new Inbox();
    b.subscribe("orders", onB);

    a.publish("orders", "o-1");

    Await.until("node b receives o-1", () -> onB.has("o-1"));
    assertEquals(1, redis.shardSubscriberCount(PREFIX + "orders"));
    assertEquals(0, redis.subscriberCount(PREFIX + "orders"));
  }

  @Test
  void twoLocalHandlersShareOneShardChannelUntilTheLastUnsubscribes() {
    BusNode node = node();
    TopicSubscription first = node.subscribe("orders", new Inbox());
    TopicSubscription second = node.subscribe("orders", new Inbox());
    assertEquals(1, redis.shardSubscriberCount(PREFIX + "orders"));

    Await.result(first.unsubscribe());
    assertEquals(1, redis.shardSubscriberCount(PREFIX + "orders"));
    Await.result(second.unsubscribe());

    Await.until("shard channel released",
        () -> redis.shardSubscriberCount(PREFIX + "orders") == 0);
  }

  @Test
  void shardedBusResubscribesAfterRedisIsKilledAndRestarted() {
    BusNode a = node();
    BusNode b = node();
    Inbox onB = new Inbox();
    b.subscribe("orders", onB);

    redis.stop();
    Await.until("both buses notice", () -> !a.bus.health().up() && !b.bus.health().up());
    redis.restartSamePort();

    Await.until(Duration.ofSeconds(5), "re-subscribed with SSUBSCRIBE",
        () -> redis.shardSubscriberCount(PREFIX + "orders") == 1);
    a.awaitUp();
    a.publish("orders", "after-restart");
    Await.until(Duration.ofSeconds(5), "delivery resumes", () -> onB.has("after-restart"));
  }
}
