package io.tributary.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tributary.http.JsonCodec;
import io.vertx.core.http.WebSocketConnectOptions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds AppSync real-time client messages and connections the way AppSync clients do. */
public final class AppSyncClient {
  static final String QUERY = "subscription OnCreateMessage { onCreateMessage { id text } }";

  private AppSyncClient() {}

  static Map<String, Object> apiKeyHeader(String key) {
    return Map.of("host", "api.example.com", "x-api-key", key);
  }

  static String standardBase64(Map<String, Object> header) {
    return Base64.getEncoder().encodeToString(JsonCodec.write(header));
  }

  static String urlSafeBase64(Map<String, Object> header) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(JsonCodec.write(header));
  }

  /** amplify-js ≤ 6.4 style: {@code ?header=<base64>&payload=e30=}. */
  static WebSocketConnectOptions queryAuth(RealtimeFixture fixture, String key) {
    return fixture.options("/graphql/realtime?header=" + standardBase64(apiKeyHeader(key)) + "&payload=e30=")
        .addSubProtocol("graphql-ws");
  }

  /** A connected socket with a valid API key in the query string. */
  static TestSocket connect(RealtimeFixture fixture) {
    return fixture.connect(queryAuth(fixture, FakeSubscriptionService.GOOD_KEY));
  }

  /** Connects and completes connection_init / connection_ack. */
  static TestSocket connectAndInit(RealtimeFixture fixture) {
    TestSocket socket = connect(fixture);
    socket.send(Map.of("type", "connection_init"));
    socket.expect("connection_ack");
    return socket;
  }

  static Map<String, Object> start(String id, String query, Map<String, Object> authorization) {
    Map<String, Object> data = new HashMap<>();
    data.put("query", query);
    data.put("variables", Map.of("room", "r1"));
    Map<String, Object> payload = new HashMap<>();
    payload.put("data", JsonCodec.writeString(data));
    if (authorization != null) {
      payload.put("extensions", Map.of("authorization", authorization));
    }
    return Map.of("type", "start", "id", id, "payload", payload);
  }

  static Map<String, Object> start(String id) {
    return start(id, QUERY, apiKeyHeader(FakeSubscriptionService.GOOD_KEY));
  }

  static void startAndAck(TestSocket socket, String id) {
    socket.send(start(id));
    Map<String, Object> ack = socket.expect("start_ack");
    assertEquals(id, ack.get("id"));
  }

  static Map<String, Object> stop(String id) {
    return Map.of("type", "stop", "id", id);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> firstError(Map<String, Object> message) {
    Map<String, Object> payload = (Map<String, Object>) message.get("payload");
    return ((List<Map<String, Object>>) payload.get("errors")).get(0);
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
