package io.tributary.realtime;

import static io.tributary.realtime.AppSyncClient.firstError;
import static io.tributary.realtime.AppSyncClient.start;
import static io.tributary.realtime.AppSyncClient.startAndAck;
import static io.tributary.realtime.AppSyncClient.stop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.testsupport.Await;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketFrame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** AppSync real-time: limits, timers and misbehaving clients. */
class AppSyncLimitsProtocolTest {

  @Test
  void the101stStartGetsMaxSubscriptionsReachedError() {
    try (RealtimeFixture fixture = RealtimeFixture.standard()) {
      TestSocket socket = AppSyncClient.connectAndInit(fixture);
      for (int i = 1; i <= 101; i++) {
        socket.send(start("sub-" + i));
      }
      Set<String> acked = new HashSet<>();
      for (int i = 0; i < 100; i++) {
        acked.add((String) socket.expect("start_ack").get("id"));
      }
      Map<String, Object> error = socket.expect("error");

      assertEquals(100, acked.size());
      assertEquals("sub-101", error.get("id"));
      assertEquals("MaxSubscriptionsReachedError", firstError(error).get("errorType"));
      assertEquals("Max number of 100 subscriptions reached", firstError(error).get("message"));
      assertEquals(100, fixture.service.live.size());
    }
  }

  @Test
  void aThousandStartsOnOneConnectionAreAllServedAndStopped() {
    try (RealtimeFixture fixture = new RealtimeFixture(RealtimeFixture.config().maxSubscriptions(1000).build())) {
      TestSocket socket = AppSyncClient.connectAndInit(fixture);
      for (int i = 0; i < 1000; i++) {
        socket.send(start("s" + i));
      }
      for (int i = 0; i < 1000; i++) {
        socket.expect("start_ack");
      }
      assertEquals(1000, fixture.service.live.size());
      fixture.service.emit("s999", "{\"data\":{\"n\":999}}");
      assertEquals("s999", socket.expect("data").get("id"));
      for (int i = 0; i < 1000; i++) {
        socket.send(stop("s" + i));
      }
      for (int i = 0; i < 1000; i++) {
        socket.expect("complete");
      }

      assertEquals(1000, fixture.service.cancels.get());
      assertTrue(fixture.service.live.isEmpty());
    }
  }

  @Test
  void binaryMessageGetsAnErrorAndTheConnectionIsClosed() {
    try (RealtimeFixture fixture = RealtimeFixture.standard()) {
      TestSocket socket = AppSyncClient.connectAndInit(fixture);
      startAndAck(socket, "sub-1");
      socket.sendBinary(new byte[] {1, 2, 3});

      assertEquals("BadRequestException", firstError(socket.expect("error")).get("errorType"));
      assertEquals((short) 1003, socket.closeCode());
      Await.until("the subscription is released", () -> fixture.service.cancels.get() == 1);
    }
  }

  @Test
  void messageOverMaxFrameBytesClosesWith1009() {
    try (RealtimeFixture fixture = RealtimeFixture.standard()) {
      TestSocket socket = AppSyncClient.connectAndInit(fixture);
      socket.sendText("{\"type\":\"connection_init\",\"pad\":\"" + "x".repeat(fixture.config.maxFrameBytes()) + "\"}");

      assertEquals("LimitExceededError", firstError(socket.expect("error")).get("errorType"));
      assertEquals((short) 1009, socket.closeCode());
    }
  }

  @Test
  void fragmentedMessageOverMaxFrameBytesClosesWith1009() {
    try (RealtimeFixture fixture = RealtimeFixture.standard()) {
      TestSocket socket = AppSyncClient.connectAndInit(fixture);
      String half = "x".repeat(fixture.config.maxFrameBytes() / 2 + 10);
      socket.sendFrame(WebSocketFrame.textFrame("{\"pad\":\"" + half, false));
      socket.sendFrame(WebSocketFrame.continuationFrame(Buffer.buffer(half + "\"}"), true));

      assertEquals((short) 1009, socket.closeCode());
    }
  }

  @Test
  void fragmentedMessageWithinTheLimitIsReassembled() {
    try (RealtimeFixture fixture = RealtimeFixture.standard()) {
      TestSocket socket = AppSyncClient.connect(fixture);
      socket.sendFrame(WebSocketFrame.textFrame("{\"type\":\"connec", false));
      socket.sendFrame(WebSocketFrame.continuationFrame(Buffer.buffer("tion_init\"}"), true));

      socket.expect("connection_ack");
    }
  }

  @Test
  void eventOverMaxPayloadBytesIsNotDeliveredButReportedAndTheSubscriptionGoesOn() {
    try (RealtimeFixture fixture = RealtimeFixture.standard()) {
      TestSocket socket = AppSyncClient.connectAndInit(fixture);
      startAndAck(socket, "sub-1");
      fixture.service.emit("sub-1", "{\"data\":{\"big\":\"" + "y".repeat(fixture.config.maxPayloadBytes()) + "\"}}");
      fixture.service.emit("sub-1", "{\"data\":{\"small\":1}}");

      Map<String, Object> error = socket.expect("error");
      assertEquals("sub-1", error.get("id"));
      assertEquals("LimitExceededError", firstError(error).get("errorType"));
      assertEquals(Map.of("data", Map.of("small", 1)), socket.expect("data").get("payload"));
    }
  }

  @Test
  void keepAliveMessagesArriveEveryInterval() {
    try (RealtimeFixture fixture = new RealtimeFixture(RealtimeFixture.config().keepAlive(Duration.ofMillis(100)).build())) {
      TestSocket socket = AppSyncClient.connectAndInit(fixture);

      for (int i = 0; i < 4; i++) {
        assertEquals("ka", socket.next().get("type"));
      }
    }
  }

  @Test
  void connectionIsClosedWhenItsMaximumLifetimeIsReached() {
    try (RealtimeFixture fixture = new RealtimeFixture(RealtimeFixture.config().lifetime(Duration.ofSeconds(2)).build())) {
      TestSocket socket = AppSyncClient.connectAndInit(fixture);
      startAndAck(socket, "sub-1");

      assertEquals((short) 1000, socket.closeCode());
      Await.until("the subscription is released", () -> fixture.service.cancels.get() == 1);
    }
  }

  @Test
  void connectionThatNeverInitsOrStartsIsClosedAfterTheInitTimeout() {
    try (RealtimeFixture fixture = new RealtimeFixture(RealtimeFixture.config().initTimeout(Duration.ofMillis(200)).build())) {
      TestSocket socket = AppSyncClient.connect(fixture);

      assertEquals("ConnectionInitTimeoutError", firstError(socket.expect("connection_error")).get("errorType"));
      socket.closeCode();
    }
  }

  @Test
  void slowConsumerGetsAFinalErrorAndIsDisconnected() {
    RealtimeFixture.ConfigBuilder config = RealtimeFixture.config().outboundQueueLimit(20).maxPayloadBytes(4000);
    try (RealtimeFixture fixture = new RealtimeFixture(config.build())) {
      TestSocket socket = AppSyncClient.connectAndInit(fixture);
      startAndAck(socket, "sub-1");
      socket.ws.pause();
      String event = "{\"data\":{\"blob\":\"" + "z".repeat(3500) + "\"}}";
      while (!fixture.service.live.isEmpty()) {
        fixture.service.emit("sub-1", event);
      }
      socket.ws.resume();

      assertEquals((short) 1013, socket.closeCode());
      Await.until("the connection is released", () -> fixture.routes.openConnections() == 0);
      List<Map<String, Object>> received = new ArrayList<>(socket.received);
      Map<String, Object> last = received.get(received.size() - 1);
      assertEquals("SlowConsumerError", firstError(last).get("errorType"));
    }
  }

  @Test
  void floodOfQuickConnectsAndDisconnectsLeavesTheServerHealthy() {
    try (RealtimeFixture fixture = RealtimeFixture.standard()) {
      List<io.vertx.core.Future<WebSocket>> opened = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        opened.add(fixture.client.connect(AppSyncClient.queryAuth(fixture, FakeSubscriptionService.GOOD_KEY))
            .compose(ws -> ws.close().map(ws)));
      }
      Await.result(io.vertx.core.Future.join(opened), Duration.ofSeconds(30));

      Await.until("all connections are released", () -> fixture.routes.openConnections() == 0);
      TestSocket socket = AppSyncClient.connectAndInit(fixture);
      startAndAck(socket, "sub-1");
      fixture.service.emit("sub-1", "{\"data\":{\"ok\":true}}");
      assertEquals("sub-1", socket.expect("data").get("id"));
    }
  }
}
