package io.tributary.realtime;

import static io.tributary.realtime.AppSyncClient.apiKeyHeader;
import static io.tributary.realtime.AppSyncClient.firstError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.auth.UnauthorizedException;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AppSync real-time: where the connection's credentials come from, and what happens when they are wrong. */
class AppSyncHandshakeProtocolTest {
  private final RealtimeFixture fixture = RealtimeFixture.standard();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void queryStringHeaderInStandardPaddedBase64AuthenticatesAndInitIsAcknowledged() {
    TestSocket socket = fixture.connect(AppSyncClient.queryAuth(fixture, FakeSubscriptionService.GOOD_KEY));
    socket.send(Map.of("type", "connection_init"));

    Map<String, Object> ack = socket.expect("connection_ack");
    assertEquals(Map.of("connectionTimeoutMs", 300000), ack.get("payload"));
    assertEquals("ka", socket.next().get("type"));
    assertEquals(FakeSubscriptionService.GOOD_KEY, fixture.service.authentications.peek().get("x-api-key"));
    assertEquals("api.example.com", fixture.service.authentications.peek().get("host"));
  }

  @Test
  void queryStringHeaderInUrlSafeUnpaddedBase64Authenticates() {
    String header = AppSyncClient.urlSafeBase64(apiKeyHeader(FakeSubscriptionService.GOOD_KEY));
    TestSocket socket = fixture.connect(fixture.options("/graphql/realtime?header=" + header).addSubProtocol("graphql-ws"));
    socket.send(Map.of("type", "connection_init"));

    socket.expect("connection_ack");
  }

  @Test
  void headerSubProtocolAuthenticatesAndOnlyGraphqlWsIsNegotiated() {
    String header = "header-" + AppSyncClient.urlSafeBase64(apiKeyHeader(FakeSubscriptionService.GOOD_KEY));
    TestSocket socket = fixture.connect(fixture.options("/graphql/realtime").addSubProtocol("graphql-ws").addSubProtocol(header));
    socket.send(Map.of("type", "connection_init"));

    socket.expect("connection_ack");
    assertEquals("graphql-ws", socket.ws.subProtocol());
    assertEquals(FakeSubscriptionService.GOOD_KEY, fixture.service.authentications.peek().get("x-api-key"));
  }

  @Test
  void upgradeRequestHeadersAuthenticate() {
    TestSocket socket = fixture.connect(fixture.options("/graphql/realtime").addSubProtocol("graphql-ws")
        .addHeader("x-api-key", FakeSubscriptionService.GOOD_KEY));
    socket.send(Map.of("type", "connection_init"));

    socket.expect("connection_ack");
  }

  @Test
  void rejectedCredentialsGetConnectionErrorWith401AndTheSocketIsClosed() {
    TestSocket socket = fixture.connect(AppSyncClient.queryAuth(fixture, "wrong-key"));

    Map<String, Object> error = firstError(socket.expect("connection_error"));
    assertEquals("UnauthorizedException", error.get("errorType"));
    assertEquals(UnauthorizedException.NOT_AUTHORIZED, error.get("message"));
    assertEquals(401, error.get("errorCode"));
    socket.closeCode();
    assertTrue(fixture.service.requests.isEmpty());
  }

  @Test
  void missingCredentialsAreRejected() {
    TestSocket socket = fixture.connect(fixture.options("/graphql/realtime").addSubProtocol("graphql-ws"));

    assertEquals("UnauthorizedException", firstError(socket.expect("connection_error")).get("errorType"));
    socket.closeCode();
  }

  @Test
  void serviceFailureDuringAuthenticationIsAnInternalFailureWithoutDetails() {
    TestSocket socket = fixture.connect(AppSyncClient.queryAuth(fixture, "explode"));

    Map<String, Object> error = firstError(socket.expect("connection_error"));
    assertEquals("InternalFailure", error.get("errorType"));
    assertFalse(String.valueOf(error.get("message")).contains("secret"));
    socket.closeCode();
  }

  @Test
  void headerParameterThatIsNotBase64JsonIsABadRequest() {
    TestSocket socket = fixture.connect(fixture.options("/graphql/realtime?header=%25%25%25&payload=e30=").addSubProtocol("graphql-ws"));

    Map<String, Object> error = firstError(socket.expect("connection_error"));
    assertEquals("BadRequestException", error.get("errorType"));
    assertEquals(400, error.get("errorCode"));
    socket.closeCode();
    assertTrue(fixture.service.authentications.isEmpty());
  }

  @Test
  void connectionWithoutTheGraphqlWsSubProtocolGetsSubProtocolNotSupportedError() {
    WebSocketConnectOptions noProtocol = fixture.options("/graphql/realtime?header="
        + AppSyncClient.standardBase64(apiKeyHeader(FakeSubscriptionService.GOOD_KEY)));
    TestSocket socket = fixture.connect(noProtocol);

    Map<String, Object> error = firstError(socket.expect("connection_error"));
    assertEquals("SubProtocolNotSupportedError", error.get("message"));
    assertEquals(400, error.get("errorCode"));
    assertEquals((short) 1002, socket.closeCode());
  }

  @Test
  void realtimeHostServesTheAppSyncProtocolOnTheGraphqlPath() {
    WebSocketConnectOptions options = fixture.options("/graphql?header="
            + AppSyncClient.standardBase64(apiKeyHeader(FakeSubscriptionService.GOOD_KEY)) + "&payload=e30=")
        .addSubProtocol("graphql-ws").putHeader("Host", RealtimeFixture.REALTIME_HOST + ":443");
    TestSocket socket = fixture.connect(options);
    socket.send(Map.of("type", "connection_init"));

    socket.expect("connection_ack");
  }

  @Test
  void onTheRealtimeHostTheGraphqlPathAnswersWithAppSyncErrorsEvenWithoutASubProtocol() {
    TestSocket socket = fixture.connect(fixture.options("/graphql").putHeader("Host", RealtimeFixture.REALTIME_HOST));

    assertEquals("SubProtocolNotSupportedError", firstError(socket.expect("connection_error")).get("message"));
  }

  @Test
  void onTheApiHostTheGraphqlPathIsGraphqlTransportWsWhichRefusesAMissingSubProtocol() {
    TestSocket socket = fixture.connect(fixture.options("/graphql"));

    assertEquals((short) 4406, socket.closeCode());
    assertTrue(socket.received.isEmpty());
  }

  @Test
  void graphqlTransportWsOfferedOnTheRealtimePathGetsThatProtocol() {
    TestSocket socket = fixture.connect(fixture.options("/graphql/realtime").addSubProtocol("graphql-transport-ws"));
    socket.send(Map.of("type", "connection_init", "payload", Map.of("x-api-key", FakeSubscriptionService.GOOD_KEY)));

    socket.expect("connection_ack");
    assertEquals("graphql-transport-ws", socket.ws.subProtocol());
  }

  @Test
  void upgradesOnOtherPathsAreRejectedWith404() {
    Throwable failure = assertThrows(AssertionError.class,
        () -> fixture.connect(fixture.options("/elsewhere").addSubProtocol("graphql-ws"))).getCause();

    assertTrue(failure instanceof UpgradeRejectedException rejected && rejected.getStatus() == 404, String.valueOf(failure));
  }
}
