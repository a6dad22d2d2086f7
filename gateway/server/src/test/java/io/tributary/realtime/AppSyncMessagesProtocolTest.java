package io.tributary.realtime;

import static io.tributary.realtime.AppSyncClient.firstError;
import static io.tributary.realtime.AppSyncClient.start;
import static io.tributary.realtime.AppSyncClient.startAndAck;
import static io.tributary.realtime.AppSyncClient.stop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.auth.UnauthorizedException;
import io.tributary.config.AuthMode;
import io.tributary.testsupport.Await;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AppSync real-time: each message type, and an error message for every illegal input. */
class AppSyncMessagesProtocolTest {
  private final RealtimeFixture fixture = RealtimeFixture.standard();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void startRegistersTheSubscriptionAndEventsArriveAsDataMessages() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    startAndAck(socket, "sub-1");

    SubscribeRequest request = fixture.service.request("sub-1");
    assertEquals(AppSyncClient.QUERY, request.query());
    assertEquals(Map.of("room", "r1"), request.variables());
    assertEquals(AuthMode.API_KEY, request.identity().mode());
    assertEquals(FakeSubscriptionService.GOOD_KEY, request.requestHeaders().get("x-api-key"));
    fixture.service.emit("sub-1", "{\"data\":{\"onCreateMessage\":{\"id\":\"m1\",\"text\":\"hi\"}}}");

    Map<String, Object> data = socket.expect("data");
    assertEquals("sub-1", data.get("id"));
    assertEquals(Map.of("data", Map.of("onCreateMessage", Map.of("id", "m1", "text", "hi"))), data.get("payload"));
  }

  @Test
  void startAckIsSentOnlyOnceTheServiceHasRegisteredTheSubscription() {
    fixture.service.holdSubscribes = true;
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    socket.send(start("sub-1"));
    Await.until("subscribe is called", () -> fixture.service.held.containsKey("sub-1"));
    socket.send(stop("unknown")); // its answer proves nothing else was sent before it

    assertEquals("unknown", socket.expect("error").get("id"));
    fixture.service.release("sub-1");
    assertEquals("sub-1", socket.expect("start_ack").get("id"));
  }

  @Test
  void startWithoutConnectionInitIsServedAsAppSyncDoes() {
    TestSocket socket = AppSyncClient.connect(fixture);

    startAndAck(socket, "sub-1");
  }

  @Test
  void stopCancelsTheSubscriptionAndAnswersComplete() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    startAndAck(socket, "sub-1");
    socket.send(stop("sub-1"));

    assertEquals("sub-1", socket.expect("complete").get("id"));
    assertEquals(1, fixture.service.cancels.get());
    assertTrue(fixture.service.live.isEmpty());
  }

  @Test
  void stopWhileTheSubscribeIsPendingCompletesAndCancelsTheLateRegistration() {
    fixture.service.holdSubscribes = true;
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    socket.send(start("sub-1"));
    Await.until("subscribe is called", () -> fixture.service.held.containsKey("sub-1"));
    socket.send(stop("sub-1"));
    assertEquals("sub-1", socket.expect("complete").get("id"));

    fixture.service.release("sub-1");
    Await.until("the late registration is cancelled", () -> fixture.service.cancels.get() == 1);
    socket.send(stop("probe"));
    assertEquals("probe", socket.expect("error").get("id"));
  }

  @Test
  void perStartAuthorizationIsAuthenticatedForThatSubscription() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    socket.send(start("sub-1", AppSyncClient.QUERY, Map.of("Authorization", FakeSubscriptionService.GOOD_TOKEN, "host", "h")));

    socket.expect("start_ack");
    SubscribeRequest request = fixture.service.request("sub-1");
    assertEquals(AuthMode.AMAZON_COGNITO_USER_POOLS, request.identity().mode());
    assertEquals(FakeSubscriptionService.GOOD_TOKEN, request.requestHeaders().get("authorization"));
  }

  @Test
  void startWithoutItsOwnAuthorizationUsesTheConnectionsIdentity() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    socket.send(start("sub-1", AppSyncClient.QUERY, null));

    socket.expect("start_ack");
    assertEquals(AuthMode.API_KEY, fixture.service.request("sub-1").identity().mode());
  }

  @Test
  void startWithRejectedAuthorizationGetsUnauthorizedErrorAndIsNotSubscribed() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    socket.send(start("sub-1", AppSyncClient.QUERY, Map.of("x-api-key", "stolen")));

    Map<String, Object> error = socket.expect("error");
    assertEquals("sub-1", error.get("id"));
    assertEquals("UnauthorizedException", firstError(error).get("errorType"));
    assertEquals(UnauthorizedException.NOT_AUTHORIZED, firstError(error).get("message"));
    assertTrue(fixture.service.requests.isEmpty());
    startAndAck(socket, "sub-1"); // the id is free again
  }

  @Test
  void refusedSubscriptionGetsTheServicesErrors() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    socket.send(start("sub-1", "subscription { refuse }", null));

    Map<String, Object> error = socket.expect("error");
    assertEquals("sub-1", error.get("id"));
    assertEquals("ValidationError", firstError(error).get("errorType"));
    startAndAck(socket, "sub-1");
  }

  @Test
  void duplicateIdGetsDuplicatedOperationErrorAndTheFirstSubscriptionKeepsWorking() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    startAndAck(socket, "sub-1");
    socket.send(start("sub-1"));

    Map<String, Object> error = socket.expect("error");
    assertEquals("sub-1", error.get("id"));
    assertEquals("DuplicatedOperationError", firstError(error).get("errorType"));
    assertEquals(1, fixture.service.requests.size());
    fixture.service.emit("sub-1", "{\"data\":{\"n\":1}}");
    assertEquals("sub-1", socket.expect("data").get("id"));
  }

  @Test
  void serverCompletionSendsCompleteAndKeepsTheConnection() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    startAndAck(socket, "sub-1");
    fixture.service.end("sub-1", false);

    assertEquals("sub-1", socket.expect("complete").get("id"));
    startAndAck(socket, "sub-2");
    assertEquals(1, fixture.service.cancels.get());
  }

  @Test
  void invalidationThatClosesTheConnectionSendsCompleteThenCloses() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    startAndAck(socket, "sub-1");
    startAndAck(socket, "sub-2");
    fixture.service.end("sub-1", true);

    assertEquals("sub-1", socket.expect("complete").get("id"));
    assertEquals((short) 1000, socket.closeCode());
    Await.until("every subscription is released", () -> fixture.service.live.isEmpty());
  }

  @Test
  void closingTheSocketCancelsEverySubscription() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    startAndAck(socket, "sub-1");
    startAndAck(socket, "sub-2");
    socket.close();

    Await.until("subscriptions are cancelled", () -> fixture.service.cancels.get() == 2);
    Await.until("the connection is gone", () -> fixture.routes.openConnections() == 0);
  }

  @Test
  void malformedJsonGetsABadRequestError() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    socket.sendText("{\"type\": \"start\", ");

    Map<String, Object> error = socket.expect("error");
    assertNull(error.get("id"));
    assertEquals("BadRequestException", firstError(error).get("errorType"));
    assertFalse(String.valueOf(firstError(error).get("message")).contains("\"type\""));
  }

  @Test
  void jsonThatIsNotAnObjectGetsABadRequestError() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    socket.sendText("[1,2]");

    assertEquals("BadRequestException", firstError(socket.expect("error")).get("errorType"));
  }

  @Test
  void unknownTypeGetsUnsupportedOperation() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    socket.send(Map.of("type", "subscribe", "id", "x"));

    Map<String, Object> error = socket.expect("error");
    assertEquals("UnsupportedOperation", firstError(error).get("errorType"));
    assertEquals("subscribe not supported through the realtime channel", firstError(error).get("message"));
  }

  @Test
  void missingTypeGetsUnsupportedOperationForUnknown() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    socket.send(Map.of("id", "x"));

    assertEquals("unknown not supported through the realtime channel", firstError(socket.expect("error")).get("message"));
  }

  @Test
  void startWithoutIdGetsABadRequestError() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    Map<String, Object> message = new HashMap<>(start("x"));
    message.remove("id");
    socket.send(message);

    Map<String, Object> error = socket.expect("error");
    assertNull(error.get("id"));
    assertEquals("BadRequestException", firstError(error).get("errorType"));
    assertTrue(fixture.service.requests.isEmpty());
  }

  @Test
  void startWhosePayloadIsNotAppSyncShapedGetsAppSyncsUnsupportedOperation() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    // the Apollo shape: query directly in the payload instead of a JSON string in payload.data
    socket.send(Map.of("type", "start", "id", "sub-1", "payload", Map.of("query", AppSyncClient.QUERY)));

    Map<String, Object> error = socket.expect("error");
    assertEquals("sub-1", error.get("id"));
    assertEquals("UnsupportedOperation", firstError(error).get("errorType"));
    assertEquals("unknown not supported through the realtime channel", firstError(error).get("message"));
  }

  @Test
  void startWhoseDataIsNotJsonOrHasNoQueryIsRefused() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    socket.send(Map.of("type", "start", "id", "a", "payload", Map.of("data", "not json")));
    socket.send(Map.of("type", "start", "id", "b", "payload", Map.of("data", "{\"variables\":{}}")));
    socket.send(Map.of("type", "start", "id", "c", "payload", Map.of("data", "{\"query\":\"q\",\"variables\":[1]}")));

    assertEquals("a", socket.expect("error").get("id"));
    assertEquals("b", socket.expect("error").get("id"));
    assertEquals("c", socket.expect("error").get("id"));
    assertTrue(fixture.service.requests.isEmpty());
  }

  @Test
  void stopWithoutIdOrForAnUnknownIdGetsAnError() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    socket.send(Map.of("type", "stop"));
    socket.send(stop("nope"));

    assertNull(socket.expect("error").get("id"));
    Map<String, Object> unknown = socket.expect("error");
    assertEquals("nope", unknown.get("id"));
    assertEquals("BadRequestException", firstError(unknown).get("errorType"));
  }

  @Test
  void secondConnectionInitGetsAnErrorAndTheConnectionStaysUsable() {
    TestSocket socket = AppSyncClient.connectAndInit(fixture);
    socket.send(Map.of("type", "connection_init"));

    assertEquals("BadRequestException", firstError(socket.expect("error")).get("errorType"));
    startAndAck(socket, "sub-1");
  }

  @Test
  void eventPayloadSharedBetweenSubscribersIsDeliveredToEachUnchanged() {
    TestSocket first = AppSyncClient.connectAndInit(fixture);
    TestSocket second = AppSyncClient.connectAndInit(fixture);
    startAndAck(first, "a");
    startAndAck(second, "b");
    io.vertx.core.buffer.Buffer shared = io.vertx.core.buffer.Buffer.buffer("{\"data\":{\"x\":\"é\"}}");
    byte[] before = shared.getBytes();
    fixture.service.live.get("a").sink().next(shared);
    fixture.service.live.get("b").sink().next(shared);

    assertEquals(Map.of("data", Map.of("x", "é")), first.expect("data").get("payload"));
    assertEquals(Map.of("data", Map.of("x", "é")), second.expect("data").get("payload"));
    assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8), shared.toString());
    assertSame(fixture.service.live.get("a").sink().getClass(), Operation.class);
  }
}
