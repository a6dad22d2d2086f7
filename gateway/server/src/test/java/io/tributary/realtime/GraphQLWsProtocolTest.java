package io.tributary.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.config.AuthMode;
import io.tributary.testsupport.Await;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** graphql-transport-ws: the message flow and a close code for every illegal transition. */
class GraphQLWsProtocolTest {
  private static final String QUERY = "subscription { onCreateMessage { id } }";
  private final RealtimeFixture fixture = RealtimeFixture.standard();

  @AfterEach
  void close() {
    fixture.close();
  }

  private TestSocket connect() {
    return fixture.connect(fixture.options(RealtimeFixture.GRAPHQL_PATH).addSubProtocol("graphql-transport-ws"));
  }

  private TestSocket connectAndInit() {
    TestSocket socket = connect();
    socket.send(Map.of("type", "connection_init", "payload", Map.of("x-api-key", FakeSubscriptionService.GOOD_KEY)));
    socket.expect("connection_ack");
    return socket;
  }

  private static Map<String, Object> subscribe(String id, String query) {
    return Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query, "variables", Map.of("a", 1)));
  }

  /** Subscribes and proves the subscription is live by a ping round trip after the service registered it. */
  private void subscribeLive(TestSocket socket, String id) {
    socket.send(subscribe(id, QUERY));
    Await.until("subscription " + id + " is live", () -> fixture.service.live.containsKey(id));
  }

  @Test
  void initWithApiKeyPayloadIsAcknowledged() {
    connectAndInit();

    assertEquals(FakeSubscriptionService.GOOD_KEY, fixture.service.authentications.peek().get("x-api-key"));
  }

  @Test
  void initWithAuthorizationPayloadAuthenticatesTheUser() {
    TestSocket socket = connect();
    socket.send(Map.of("type", "connection_init", "payload", Map.of("Authorization", FakeSubscriptionService.GOOD_TOKEN)));
    socket.expect("connection_ack");
    subscribeLive(socket, "1");

    assertEquals(AuthMode.AMAZON_COGNITO_USER_POOLS, fixture.service.request("1").identity().mode());
    assertEquals(FakeSubscriptionService.GOOD_TOKEN, fixture.service.request("1").requestHeaders().get("authorization"));
  }

  @Test
  void initWithoutPayloadFallsBackToTheUpgradeHeaders() {
    TestSocket socket = fixture.connect(fixture.options(RealtimeFixture.GRAPHQL_PATH).addSubProtocol("graphql-transport-ws")
        .addHeader("x-api-key", FakeSubscriptionService.GOOD_KEY));
    socket.send(Map.of("type", "connection_init"));

    socket.expect("connection_ack");
  }

  @Test
  void pingIsAnsweredWithPongCarryingThePayload() {
    TestSocket socket = connect();
    socket.send(Map.of("type", "ping", "payload", Map.of("t", 1)));
    socket.send(Map.of("type", "pong"));
    socket.send(Map.of("type", "ping"));

    assertEquals(Map.of("t", 1), socket.expect("pong").get("payload"));
    assertEquals(Map.of("type", "pong"), socket.expect("pong"));
  }

  @Test
  void subscribeDeliversEventsAsNextMessages() {
    TestSocket socket = connectAndInit();
    subscribeLive(socket, "1");
    fixture.service.emit("1", "{\"data\":{\"onCreateMessage\":{\"id\":\"m\"}}}");

    Map<String, Object> next = socket.expect("next");
    assertEquals("1", next.get("id"));
    assertEquals(Map.of("data", Map.of("onCreateMessage", Map.of("id", "m"))), next.get("payload"));
    assertEquals(Map.of("a", 1), fixture.service.request("1").variables());
  }

  @Test
  void completeFromTheClientCancelsTheSubscription() {
    TestSocket socket = connectAndInit();
    subscribeLive(socket, "1");
    socket.send(Map.of("type", "complete", "id", "1"));

    Await.until("the subscription is cancelled", () -> fixture.service.cancels.get() == 1);
    subscribeLive(socket, "1"); // the id can be reused
  }

  @Test
  void completeForAnUnknownIdIsIgnoredAsTheProtocolAllows() {
    TestSocket socket = connectAndInit();
    socket.send(Map.of("type", "complete", "id", "never"));
    socket.send(Map.of("type", "ping"));

    socket.expect("pong");
  }

  @Test
  void serverCompletionSendsCompleteAndTheSocketStaysOpen() {
    TestSocket socket = connectAndInit();
    subscribeLive(socket, "1");
    fixture.service.end("1", true);

    assertEquals("1", socket.expect("complete").get("id"));
    socket.send(Map.of("type", "ping"));
    socket.expect("pong");
  }

  @Test
  void refusedSubscriptionGetsAnErrorMessageWithTheErrorList() {
    TestSocket socket = connectAndInit();
    socket.send(subscribe("1", "subscription { refuse }"));

    Map<String, Object> error = socket.expect("error");
    assertEquals("1", error.get("id"));
    assertEquals("ValidationError", ((List<Map<String, Object>>) error.get("payload")).get(0).get("errorType"));
  }

  @Test
  void subscriptionsBeyondTheLimitGetMaxSubscriptionsReachedError() {
    TestSocket socket = connectAndInit();
    for (int i = 0; i < 101; i++) {
      socket.send(subscribe("s" + i, QUERY));
    }

    Map<String, Object> error = socket.expect("error");
    assertEquals("s100", error.get("id"));
    Map<String, Object> first = ((List<Map<String, Object>>) error.get("payload")).get(0);
    assertEquals("Max number of 100 subscriptions reached", first.get("message"));
    Await.until("100 are live", () -> fixture.service.live.size() == 100);
  }

  @Test
  void eventOverMaxPayloadBytesArrivesAsAnErrorOnlyEvent() {
    TestSocket socket = connectAndInit();
    subscribeLive(socket, "1");
    fixture.service.emit("1", "{\"data\":{\"big\":\"" + "y".repeat(fixture.config.maxPayloadBytes()) + "\"}}");

    Map<String, Object> payload = (Map<String, Object>) socket.expect("next").get("payload");
    assertEquals("LimitExceededError", ((List<Map<String, Object>>) payload.get("errors")).get(0).get("errorType"));
    assertTrue(fixture.service.live.containsKey("1"));
  }

  @Test
  void rejectedCredentialsCloseWith4403() {
    TestSocket socket = connect();
    socket.send(Map.of("type", "connection_init", "payload", Map.of("x-api-key", "wrong")));

    assertEquals((short) 4403, socket.closeCode());
  }

  @Test
  void subscribeBeforeTheAckClosesWith4401() {
    TestSocket socket = connect();
    socket.send(subscribe("1", QUERY));

    assertEquals((short) 4401, socket.closeCode());
    assertTrue(fixture.service.requests.isEmpty());
  }

  @Test
  void secondInitClosesWith4429() {
    TestSocket socket = connectAndInit();
    socket.send(Map.of("type", "connection_init"));

    assertEquals((short) 4429, socket.closeCode());
  }

  @Test
  void missingInitClosesWith4408AfterTheTimeout() {
    try (RealtimeFixture quick = new RealtimeFixture(RealtimeFixture.config().initTimeout(Duration.ofMillis(200)).build())) {
      TestSocket socket = quick.connect(quick.options(RealtimeFixture.GRAPHQL_PATH).addSubProtocol("graphql-transport-ws"));

      assertEquals((short) 4408, socket.closeCode());
    }
  }

  @Test
  void duplicateIdClosesWith4409() {
    TestSocket socket = connectAndInit();
    subscribeLive(socket, "1");
    socket.send(subscribe("1", QUERY));

    assertEquals((short) 4409, socket.closeCode());
    Await.until("the first subscription is released with the socket", () -> fixture.service.cancels.get() == 1);
  }

  @Test
  void invalidJsonClosesWith4400() {
    TestSocket socket = connectAndInit();
    socket.sendText("{nope");

    assertEquals((short) 4400, socket.closeCode());
  }

  @Test
  void unknownMessageTypeClosesWith4400() {
    TestSocket socket = connectAndInit();
    socket.send(Map.of("type", "start", "id", "1"));

    assertEquals((short) 4400, socket.closeCode());
  }

  @Test
  void subscribeWithoutQueryClosesWith4400() {
    TestSocket socket = connectAndInit();
    socket.send(Map.of("type", "subscribe", "id", "1", "payload", Map.of("variables", Map.of())));

    assertEquals((short) 4400, socket.closeCode());
  }

  @Test
  void binaryMessageClosesWith4400() {
    TestSocket socket = connectAndInit();
    socket.sendBinary(new byte[] {0});

    assertEquals((short) 4400, socket.closeCode());
  }

  @Test
  void messageOverMaxFrameBytesClosesWith1009() {
    TestSocket socket = connectAndInit();
    socket.sendFrame(WebSocketFrame.textFrame("{\"type\":\"ping\",\"payload\":\"" + "p".repeat(5000) + "\"}", true));

    assertEquals((short) 1009, socket.closeCode());
  }

  @Test
  void fragmentedMessageIsReassembled() {
    TestSocket socket = connect();
    socket.sendFrame(WebSocketFrame.textFrame("{\"type\":", false));
    socket.sendFrame(WebSocketFrame.continuationFrame(Buffer.buffer("\"ping\"}"), true));

    socket.expect("pong");
  }
}
