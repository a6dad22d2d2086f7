package io.tributary.pubsub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.testsupport.Await;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InProcessTopicBusTest {
  private final BusNode node = BusNode.inProcess();

  @AfterEach
  void tearDown() {
    node.close();
  }

  @Test
  void publishDeliversToEveryHandlerOfTheTopicOnTheContextThatSubscribed() {
    Context first = node.newContext();
    Context second = node.newContext();
    Inbox a = new Inbox();
    Inbox b = new Inbox();
    node.subscribeOn(first, "orders", a);
    node.subscribeOn(second, "orders", b);

    node.publish("orders", "o-1");

    Await.until("both handlers receive o-1", () -> a.has("o-1") && b.has("o-1"));
    assertSame(first, a.contexts().get(0));
    assertSame(second, b.contexts().get(0));
  }

  @Test
  void unsubscribedHandlerStopsReceivingWhileOtherTopicsKeepFlowing() {
    Context context = node.newContext();
    Inbox orders = new Inbox();
    Inbox marker = new Inbox();
    TopicSubscription subscription = node.subscribeOn(context, "orders", orders);
    node.subscribeOn(context, "marker", marker);

    Await.result(subscription.unsubscribe());
    node.publish("orders", "late");
    node.publish("marker", "done");

    // Same context, delivered in publish order: once the marker arrived, "late" would have too.
    Await.until("marker delivered", () -> marker.has("done"));
    assertEquals(List.of(), orders.messages());
    assertEquals(1, node.bus.health().subscribedTopics());
  }

  @Test
  void unsubscribingTwiceIsHarmless() {
    TopicSubscription subscription = node.subscribe("orders", new Inbox());
    Await.result(subscription.unsubscribe());
    Await.result(subscription.unsubscribe());
    assertEquals(0, node.bus.health().subscribedTopics());
  }

  @Test
  void aThrowingHandlerDoesNotStopDeliveryToTheOthers() {
    Inbox survivor = new Inbox();
    node.subscribe("orders", message -> {
      throw new IllegalStateException("boom");
    });
    node.subscribe("orders", survivor);

    node.publish("orders", "o-1");

    Await.until("second handler still receives", () -> survivor.has("o-1"));
  }

  @Test
  void eachHandlerGetsItsOwnCopyOfTheMessage() {
    Context context = node.newContext();
    Inbox observer = new Inbox();
    node.subscribeOn(context, "orders", message -> message.setByte(0, (byte) 'X'));
    node.subscribeOn(context, "orders", observer);
    Buffer message = Buffer.buffer("hello");

    Await.result(node.bus.publish("orders", message));

    Await.until("observer receives", () -> !observer.messages().isEmpty());
    assertEquals("hello", observer.messages().get(0));
    assertEquals("hello", message.toString());
  }

  @Test
  void publishingWithoutSubscribersSucceeds() {
    node.publish("nobody-listens", "x");
    assertTrue(node.bus.health().up());
  }

  @Test
  void closedBusRejectsPublishAndSubscribeAndReportsDown() {
    Inbox inbox = new Inbox();
    node.subscribe("orders", inbox);

    Await.result(node.bus.close());

    assertInstanceOf(TopicBusUnavailableException.class, Await.failure(node.tryPublish("orders", "x")));
    assertInstanceOf(TopicBusUnavailableException.class,
        Await.failure(node.bus.subscribe("orders", new Inbox())));
    assertFalse(node.bus.health().up());
    assertEquals(0, node.bus.health().subscribedTopics());
  }

  @Test
  void badArgumentsFailTheFutureWithAClearMessage() {
    Throwable emptyTopic = Await.failure(node.bus.subscribe("", new Inbox()));
    Throwable noHandler = Await.failure(node.bus.subscribe("orders", null));
    Throwable noMessage = Await.failure(node.bus.publish("orders", null));
    Throwable longTopic = Await.failure(node.tryPublish("t".repeat(2000), "x"));

    assertEquals("topic must not be empty", emptyTopic.getMessage());
    assertEquals("handler must not be null", noHandler.getMessage());
    assertEquals("message must not be null", noMessage.getMessage());
    assertInstanceOf(IllegalArgumentException.class, longTopic);
  }
}
