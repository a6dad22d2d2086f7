package io.tributary.interop;

import io.tributary.http.JsonCodec;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A minimal AppSync real-time client on the JDK's WebSocket, authenticating with the API key in
 * the {@code header-} sub-protocol as current AppSync clients do. It records every message.
 */
final class AppSyncSocket implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final WebSocket socket;
  private final Map<String, String> authorization;
  private final List<Map<String, Object>> received;

  private AppSyncSocket(WebSocket socket, Map<String, String> authorization, List<Map<String, Object>> received) {
    this.socket = socket;
    this.authorization = authorization;
    this.received = received;
  }

  /** Opens the socket and completes connection_init / connection_ack. */
  static AppSyncSocket connect(HttpClient http, String realtimeUrl) {
    URI uri = URI.create(realtimeUrl);
    Map<String, String> header = Map.of("host", uri.getHost() + ":" + uri.getPort(), "x-api-key", TestGateway.API_KEY);
    String headerProtocol = "header-" + Base64.getUrlEncoder().withoutPadding().encodeToString(JsonCodec.write(header));
    List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
    WebSocket socket = http.newWebSocketBuilder()
        .subprotocols("graphql-ws", headerProtocol)
        .buildAsync(uri, new Recorder(received))
        .orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS)
        .join();
    AppSyncSocket client = new AppSyncSocket(socket, header, received);
    client.send(Map.of("type", "connection_init"));
    client.await("connection_ack", null);
    return client;
  }

  /** The sub-protocol the server selected. */
  String protocol() {
    return socket.getSubprotocol();
  }

  /** Sends start and waits for its start_ack. */
  void start(String id, String query, Map<String, Object> variables) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("query", query);
    data.put("variables", variables);
    Map<String, Object> payload = Map.of("data", JsonCodec.writeString(data),
        "extensions", Map.of("authorization", authorization));
    send(Map.of("type", "start", "id", id, "payload", payload));
    await("start_ack", id);
  }

  /** Sends stop and waits for complete. */
  void stop(String id) {
    send(Map.of("type", "stop", "id", id));
    await("complete", id);
  }

  /** The data payloads received for subscription {@code id}, in arrival order. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> data(String id) {
    return received.stream()
        .filter(message -> "data".equals(message.get("type")) && id.equals(message.get("id")))
        .map(message -> (Map<String, Object>) message.get("payload"))
        .toList();
  }

  List<Map<String, Object>> received() {
    return received;
  }

  private void await(String type, String id) {
    Predicate<Map<String, Object>> wanted = m -> type.equals(m.get("type")) && (id == null || id.equals(m.get("id")));
    Await.until(WAIT, type + (id == null ? "" : " for " + id),
        () -> received.stream().anyMatch(wanted.or(AppSyncSocket::isError)));
    if (received.stream().noneMatch(wanted)) {
      throw new AssertionError("expected " + type + " but got " + received);
    }
  }

  private static boolean isError(Map<String, Object> message) {
    return "error".equals(message.get("type")) || "connection_error".equals(message.get("type"));
  }

  private void send(Map<String, Object> message) {
    socket.sendText(JsonCodec.writeString(message), true).orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
  }

  @Override
  public void close() {
    socket.abort();
  }

  /** Collects text messages, which the JDK may hand over in parts. */
  private static final class Recorder implements WebSocket.Listener {
    private final List<Map<String, Object>> received;
    private final StringBuilder partial = new StringBuilder();

    Recorder(List<Map<String, Object>> received) {
      this.received = received;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        received.add(JsonCodec.parseObject(partial.toString()));
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }
  }
}
