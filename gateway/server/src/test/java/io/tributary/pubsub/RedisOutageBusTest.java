package io.tributary.pubsub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.testsupport.Await;
import io.tributary.testsupport.RedisServerProcess;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Redis is killed with SIGKILL and restarted on the same port while buses are running. */
class RedisOutageBusTest {
  private static final String PREFIX = "outage:";
  private static final Duration RECOVERY = Duration.ofSeconds(5);

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

  private BusNode node(Duration initialDelay, Duration maxDelay) {
    BusNode node = BusNode.redis(new RedisBusOptions(
        redis.endpoint(), false, initialDelay, maxDelay, PREFIX));
    nodes.add(node);
    return node;
  }

  private BusNode node() {
    return node(Duration.ofMillis(50), Duration.ofMillis(500));
  }

  private static void awaitDown(BusNode node) {
    Await.until("bus to notice Redis is gone", () -> !node.bus.health().up());
  }

  @Test
  void bothNodesReconnectAndResubscribeByThemselvesAfterRedisIsKilledAndRestarted() {
    BusNode a = node();
    BusNode b = node();
    a.awaitUp();
    b.awaitUp();
    Inbox onA = new Inbox();
    Inbox onB = new Inbox();
    a.subscribe("orders", onA);
    b.subscribe("orders", onB);
    assertEquals(2, redis.subscriberCount(PREFIX + "orders"));

    redis.stop();
    awaitDown(a);
    awaitDown(b);
    redis.restartSamePort();

    Await.until(RECOVERY, "both nodes to re-subscribe on the new server",
        () -> redis.subscriberCount(PREFIX + "orders") == 2);
    a.publish("orders", "after-restart");
    Await.until(RECOVERY, "both nodes receive the new message",
        () -> onA.has("after-restart") && onB.has("after-restart"));
    BusHealth health = b.bus.health();
    assertTrue(health.up());
    assertTrue(health.reconnectAttempts() > 0);
    assertNotNull(health.lastError());
  }

  @Test
  void publishWhileRedisIsDownFailsImmediatelyAndQueuesNothing() {
    BusNode node = node(Duration.ofMillis(10), Duration.ofMillis(40));
    node.awaitUp();
    node.subscribe("orders", new Inbox());

    redis.stop();
    awaitDown(node);
    List<Future<Void>> attempts = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      attempts.add(node.tryPublish("orders", "lost-" + i));
    }

    // Failed before publish() returned: nothing was queued for later.
    assertTrue(attempts.stream().allMatch(Future::failed));
    Throwable failure = attempts.get(0).cause();
    assertInstanceOf(TopicBusUnavailableException.class, failure);
    assertTrue(failure.getMessage().contains("Redis is unreachable"), failure.getMessage());
    assertTrue(failure.getMessage().contains("'orders'"), failure.getMessage());
  }

  @Test
  void reconnectKeepsRetryingThroughALongOutageAndRecovers() {
    BusNode node = node(Duration.ofMillis(5), Duration.ofMillis(20));
    Inbox inbox = new Inbox();
    node.awaitUp();
    node.subscribe("orders", inbox);

    redis.stop();
    Await.until("many reconnect attempts", () -> node.bus.health().reconnectAttempts() >= 30);
    assertFalse(node.bus.health().up());
    assertEquals(1, node.bus.health().subscribedTopics());
    redis.restartSamePort();

    Await.until(RECOVERY, "re-subscribed", () -> redis.subscriberCount(PREFIX + "orders") == 1);
    node.publish("orders", "back");
    Await.until(RECOVERY, "delivery resumes", () -> inbox.has("back"));
  }

  @Test
  void subscriptionChangesWhileRedisIsDownTakeEffectOnReconnect() {
    BusNode publisher = node();
    BusNode node = node();
    node.awaitUp();
    TopicSubscription old = node.subscribe("old", new Inbox());

    redis.stop();
    awaitDown(node);
    Inbox fresh = new Inbox();
    node.subscribe("fresh", fresh);
    Await.result(old.unsubscribe());
    redis.restartSamePort();

    Await.until(RECOVERY, "only the still-wanted topic is re-subscribed",
        () -> redis.subscriberCount(PREFIX + "fresh") == 1);
    assertEquals(0, redis.subscriberCount(PREFIX + "old"));
    publisher.awaitUp();
    publisher.publish("fresh", "hello");
    Await.until(RECOVERY, "subscription made while down receives", () -> fresh.has("hello"));
  }

  @Test
  void busCreatedWhileRedisIsDownConnectsWhenRedisAppears() {
    redis.stop();
    BusNode node = node();
    Inbox inbox = new Inbox();

    Await.until("first connect attempt fails",
        () -> node.bus.health().lastError() != null);
    node.subscribe("orders", inbox);
    assertInstanceOf(TopicBusUnavailableException.class,
        Await.failure(node.tryPublish("orders", "too-early")));
    redis.restartSamePort();

    Await.until(RECOVERY, "subscribed once Redis is up",
        () -> redis.subscriberCount(PREFIX + "orders") == 1);
    node.publish("orders", "now");
    Await.until(RECOVERY, "delivery works", () -> inbox.has("now"));
    assertFalse(inbox.has("too-early"));
  }

  @Test
  void closingWhileRedisIsDownStopsReconnecting() {
    BusNode closing = node(Duration.ofMillis(5), Duration.ofMillis(20));
    BusNode witness = node(Duration.ofMillis(5), Duration.ofMillis(20));
    closing.awaitUp();
    witness.awaitUp();
    closing.subscribe("orders", new Inbox());
    redis.stop();
    awaitDown(closing);

    Await.result(closing.bus.close());
    long attemptsAtClose = closing.bus.health().reconnectAttempts();
    long witnessAtClose = witness.bus.health().reconnectAttempts();
    // A bus with the same backoff that is still open shows how many retries time allowed.
    Await.until("the open bus retries ten more times",
        () -> witness.bus.health().reconnectAttempts() >= witnessAtClose + 10);
    redis.restartSamePort();
    witness.awaitUp();

    assertEquals(attemptsAtClose, closing.bus.health().reconnectAttempts());
    assertEquals(0, redis.subscriberCount(PREFIX + "orders"));
  }

  @Test
  void subscribeRejectedByRedisIsReportedAndRetriedUntilRedisAcceptsIt() {
    BusNode node = node(Duration.ofMillis(5), Duration.ofMillis(50));
    node.awaitUp();
    redis.command("ACL", "SETUSER", "default", "resetchannels");
    Inbox inbox = new Inbox();

    node.subscribe("orders", inbox);
    Await.until("the rejection is reported", () -> String.valueOf(
        node.bus.health().lastError()).contains("NOPERM"));
    long attempts = node.bus.health().reconnectAttempts();
    Await.until("the bus keeps retrying", () -> node.bus.health().reconnectAttempts() > attempts + 2);
    redis.command("ACL", "SETUSER", "default", "allchannels");

    Await.until(RECOVERY, "subscribed once allowed",
        () -> redis.subscriberCount(PREFIX + "orders") == 1);
    node.awaitUp();
    node.publish("orders", "allowed");
    Await.until(RECOVERY, "delivery works", () -> inbox.has("allowed"));
  }
}
