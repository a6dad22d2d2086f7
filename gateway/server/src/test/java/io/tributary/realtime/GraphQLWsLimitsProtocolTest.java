package io.tributary.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tributary.testsupport.Await;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** graphql-transport-ws: keep-alive, lifetime and slow consumers. */
class GraphQLWsLimitsProtocolTest {

  private static TestSocket connectAndInit(RealtimeFixture fixture) {
    TestSocket socket = fixture.connect(fixture.options(RealtimeFixture.GRAPHQL_PATH).addSubProtocol("graphql-transport-ws"));
    socket.send(Map.of("type", "connection_init", "payload", Map.of("x-api-key", FakeSubscriptionService.GOOD_KEY)));
    socket.expect("connection_ack");
    return socket;
  }

  private static void subscribeLive(RealtimeFixture fixture, TestSocket socket, String id) {
    socket.send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", "subscription { s }")));
    Await.until("subscription is live", () -> fixture.service.live.containsKey(id));
  }

  @Test
  void serverSendsPingsEveryKeepAliveInterval() {
    try (RealtimeFixture fixture = new RealtimeFixture(RealtimeFixture.config().keepAlive(Duration.ofMillis(100)).build())) {
      TestSocket socket = connectAndInit(fixture);

      for (int i = 0; i < 3; i++) {
        assertEquals("ping", socket.next().get("type"));
      }
    }
  }

  @Test
  void connectionIsClosedAtItsMaximumLifetime() {
    try (RealtimeFixture fixture = new RealtimeFixture(RealtimeFixture.config().lifetime(Duration.ofSeconds(2)).build())) {
      TestSocket socket = connectAndInit(fixture);
      subscribeLive(fixture, socket, "1");

      assertEquals((short) 1000, socket.closeCode());
      Await.until("the subscription is released", () -> fixture.service.cancels.get() == 1);
    }
  }

  @Test
  void slowConsumerIsClosedWith1013AndReleased() {
    RealtimeFixture.ConfigBuilder config = RealtimeFixture.config().outboundQueueLimit(20).maxPayloadBytes(4000);
    try (RealtimeFixture fixture = new RealtimeFixture(config.build())) {
      TestSocket socket = connectAndInit(fixture);
      subscribeLive(fixture, socket, "1");
      socket.ws.pause();
      String event = "{\"data\":{\"blob\":\"" + "z".repeat(3500) + "\"}}";
      while (!fixture.service.live.isEmpty()) {
        fixture.service.emit("1", event);
      }
      socket.ws.resume();

      assertEquals((short) 1013, socket.closeCode());
      Await.until("the connection is released", () -> fixture.routes.openConnections() == 0);
    }
  }
}
