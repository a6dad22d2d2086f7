package io.tributary.pubsub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.testsupport.Await;
import io.tributary.testsupport.RedisServerProcess;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisTopicBusTest {
  private static final String PREFIX = "test:";

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

  private BusNode node(String prefix) {
    BusNode node = unconnectedNode(prefix);
    node.awaitUp();
    return node;
  }

  private BusNode unconnectedNode(String prefix) {
    RedisBusOptions options = RedisBusOptions.of(redis.endpoint());
    BusNode node = BusNode.redis(new RedisBusOptions(options.endpoint(), false,
        options.reconnectInitialDelay(), options.reconnectMaxDelay(), prefix));
    nodes.add(node);
    return node;
  }

  @Test
  void subscribeIssuedBeforeTheFirstConnectIsLiveOnceItsFutureCompletes() {
    BusNode node = unconnectedNode(PREFIX);
    Inbox inbox = new Inbox();

    node.subscribe("orders", inbox);

    assertEquals(1, redis.subscriberCount(PREFIX + "orders"));
    node.publish("orders", "first");
    Await.until("first message arrives", () -> inbox.has("first"));
  }

  @Test
  void messagePublishedOnOneNodeReachesSubscribersOnBothNodes() {
    BusNode a = node(PREFIX);
    BusNode b = node(PREFIX);
    Inbox onA = new Inbox();
    Inbox onB = new Inbox();
    a.subscribe("orders", onA);
    b.subscribe("orders", onB);

    a.publish("orders", "o-1");

    Await.until("both nodes receive o-1", () -> onA.has("o-1") && onB.has("o-1"));
    assertEquals(2, redis.subscriberCount(PREFIX + "orders"));
  }

  @Test
  void twoLocalHandlersShareOneRedisChannelUntilTheLastUnsubscribes() {
    BusNode publisher = node(PREFIX);
    BusNode node = node(PREFIX);
    Inbox first = new Inbox();
    Inbox second = new Inbox();
    TopicSubscription firstSub = node.subscribe("orders", first);
    TopicSubscription secondSub = node.subscribe("orders", second);
    assertEquals(1, redis.subscriberCount(PREFIX + "orders"));

    Await.result(firstSub.unsubscribe());
    publisher.publish("orders", "after-first-left");
    Await.until("remaining handler receives", () -> second.has("after-first-left"));
    assertEquals(1, redis.subscriberCount(PREFIX + "orders"));

    Await.result(secondSub.unsubscribe());
    Await.until("channel released on the server",
        () -> redis.subscriberCount(PREFIX + "orders") == 0);
    assertFalse(first.has("after-first-left"));
    assertEquals(0, node.bus.health().subscribedTopics());
  }

  @Test
  void handlersRunOnTheContextThatSubscribed() {
    BusNode publisher = node(PREFIX);
    BusNode node = node(PREFIX);
    Context first = node.newContext();
    Context second = node.newContext();
    Inbox a = new Inbox();
    Inbox b = new Inbox();
    node.subscribeOn(first, "orders", a);
    node.subscribeOn(second, "orders", b);

    publisher.publish("orders", "o-1");

    Await.until("both handlers receive", () -> a.has("o-1") && b.has("o-1"));
    assertSame(first, a.contexts().get(0));
    assertSame(second, b.contexts().get(0));
  }

  @Test
  void subscribeFutureCompletesOnTheCallersContext() {
    BusNode node = node(PREFIX);
    Context caller = node.newContext();
    Promise<Context> completedOn = Promise.promise();

    caller.runOnContext(v -> node.bus.subscribe("orders", new Inbox())
        .onSuccess(s -> completedOn.complete(Vertx.currentContext())));

    assertSame(caller, Await.result(completedOn.future()));
  }

  @Test
  void unsubscribedTopicIsNotDeliveredWhileOtherTopicsKeepFlowing() {
    BusNode publisher = node(PREFIX);
    BusNode node = node(PREFIX);
    Context context = node.newContext();
    Inbox orders = new Inbox();
    Inbox marker = new Inbox();
    TopicSubscription subscription = node.subscribeOn(context, "orders", orders);
    node.subscribeOn(context, "marker", marker);

    Await.result(subscription.unsubscribe());
    Await.until("orders released", () -> redis.subscriberCount(PREFIX + "orders") == 0);
    publisher.publish("orders", "late");
    publisher.publish("marker", "done");

    // One connection, one context: Redis and the handlers keep publish order.
    Await.until("marker delivered", () -> marker.has("done"));
    assertEquals(List.of(), orders.messages());
  }

  @Test
  void binaryPayloadsArriveByteForByte() {
    BusNode publisher = node(PREFIX);
    BusNode node = node(PREFIX);
    List<Buffer> received = new ArrayList<>();
    node.subscribe("bytes", message -> {
      synchronized (received) {
        received.add(message);
      }
    });
    Buffer payload = Buffer.buffer(new byte[] {0, (byte) 0xff, '\r', '\n', (byte) 0xc3, 42});

    Await.result(publisher.bus.publish("bytes", payload));

    Await.until("payload arrives", () -> {
      synchronized (received) {
        return received.size() == 1;
      }
    });
    assertEquals(payload, received.get(0));
  }

  @Test
  void channelPrefixKeepsGatewaysThatShareOneRedisApart() {
    BusNode blue = node("blue:");
    BusNode green = node("green:");
    Inbox blueInbox = new Inbox();
    Inbox greenInbox = new Inbox();
    Inbox marker = new Inbox();
    Context context = green.newContext();
    blue.subscribe("orders", blueInbox);
    green.subscribeOn(context, "orders", greenInbox);
    green.subscribeOn(context, "marker", marker);

    blue.publish("orders", "blue-only");
    green.publish("marker", "done");

    Await.until("blue receives its own message", () -> blueInbox.has("blue-only"));
    Await.until("green marker delivered", () -> marker.has("done"));
    assertEquals(List.of(), greenInbox.messages());
    assertEquals(1, redis.subscriberCount("blue:orders"));
    assertEquals(1, redis.subscriberCount("green:orders"));
  }

  @Test
  void closedBusLeavesItsChannelsAndRejectsFurtherUse() {
    BusNode node = node(PREFIX);
    node.subscribe("orders", new Inbox());
    assertEquals(1, redis.subscriberCount(PREFIX + "orders"));

    Await.result(node.bus.close());

    Await.until("channel released", () -> redis.subscriberCount(PREFIX + "orders") == 0);
    assertInstanceOf(TopicBusUnavailableException.class, Await.failure(node.tryPublish("orders", "x")));
    assertInstanceOf(TopicBusUnavailableException.class,
        Await.failure(node.bus.subscribe("orders", new Inbox())));
    assertFalse(node.bus.health().up());
  }

  @Test
  void healthReportsAConnectedBusAndItsTopics() {
    BusNode node = node(PREFIX);
    node.subscribe("a", new Inbox());
    node.subscribe("a", new Inbox());
    node.subscribe("b", new Inbox());

    BusHealth health = node.bus.health();

    assertTrue(health.up());
    assertNull(health.lastError());
    assertEquals(0, health.reconnectAttempts());
    assertEquals(2, health.subscribedTopics());
  }

  @Test
  void badArgumentsAndBadOptionsAreRejectedWithClearMessages() {
    BusNode node = node(PREFIX);

    assertEquals("topic must not be empty",
        Await.failure(node.bus.subscribe("", new Inbox())).getMessage());
    assertEquals("message must not be null",
        Await.failure(node.bus.publish("orders", null)).getMessage());
    IllegalArgumentException endpoint = assertThrows(IllegalArgumentException.class,
        () -> RedisBusOptions.of("localhost:6379"));
    assertTrue(endpoint.getMessage().contains("redis://"));
    assertThrows(IllegalArgumentException.class, () -> RedisBusOptions.of(redis.endpoint())
        .withReconnectDelays(Duration.ofSeconds(2), Duration.ofSeconds(1)));
  }
}
