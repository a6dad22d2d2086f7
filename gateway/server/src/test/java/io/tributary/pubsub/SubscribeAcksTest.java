package io.tributary.pubsub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import org.junit.jupiter.api.Test;

class SubscribeAcksTest {
  private final SubscribeAcks acks = new SubscribeAcks();

  @Test
  void channelWithoutPendingSubscribeIsReadyAtOnce() {
    assertTrue(acks.whenAcked("c").succeeded());
  }

  @Test
  void waiterCompletesOnlyAfterTheLatestSubscribeIsConfirmed() {
    acks.expect("c");
    acks.expect("c");
    Future<Void> ready = acks.whenAcked("c");

    acks.acked("c");
    assertFalse(ready.isComplete());
    acks.acked("c");
    assertTrue(ready.succeeded());
  }

  @Test
  void confirmationOfAnotherChannelDoesNotCount() {
    acks.expect("c");
    Future<Void> ready = acks.whenAcked("c");

    acks.acked("other");

    assertFalse(ready.isComplete());
  }

  @Test
  void losingTheConnectionReleasesEveryWaiter() {
    acks.expect("a");
    acks.expect("b");
    Future<Void> a = acks.whenAcked("a");
    Future<Void> b = acks.whenAcked("b");

    acks.releaseAll();

    assertTrue(a.succeeded() && b.succeeded());
    assertTrue(acks.whenAcked("a").succeeded());
  }
}
