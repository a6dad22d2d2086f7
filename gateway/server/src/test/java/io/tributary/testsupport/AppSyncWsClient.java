package io.tributary.testsupport;

import io.tributary.http.JsonCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A minimal client of the AppSync real-time protocol for tests (JDK WebSocket, query-string
 * authorization): connects, subscribes, records every frame it receives.
 */
public final class AppSyncWsClient implements AutoCloseable {
  private final List<Map<String, Object>> frames = new CopyOnWriteArrayList<>();
  private final StringBuilder partial = new StringBuilder();
  private final WebSocket socket;
  private volatile boolean closed;

  private AppSyncWsClient(URI uri) throws Exception {
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .subprotocols("graphql-ws")
        .connectTimeout(Duration.ofSeconds(5))
        .buildAsync(uri, new Listener())
        .get(10, TimeUnit.SECONDS);
  }

  /** Connects to {@code realtimeUrl} with an API key and waits for {@code connection_ack}. */
  public static AppSyncWsClient connect(String realtimeUrl, String apiKey) {
    return connectWith(realtimeUrl, authorization(apiKey));
  }

  /** Connects with any authorization header object (a JWT's {@code Authorization}, IAM headers). */
  public static AppSyncWsClient connectWith(String realtimeUrl, Map<String, Object> authorization) {
    AppSyncWsClient client = openWith(realtimeUrl, authorization);
    client.awaitFrame("connection_ack", null);
    return client;
  }

  /** Opens the socket and sends connection_init without waiting for the answer. */
  public static AppSyncWsClient openWith(String realtimeUrl, Map<String, Object> authorization) {
    String header = Base64.getEncoder().encodeToString(JsonCodec.write(authorization));
    try {
      AppSyncWsClient client = new AppSyncWsClient(URI.create(realtimeUrl + "?header=" + header + "&payload=e30="));
      try {
        client.send(Map.of("type", "connection_init"));
      } catch (RuntimeException refusedAlready) {
        // The server may have answered connection_error and closed before this was sent.
      }
      return client;
    } catch (Exception e) {
      throw new IllegalStateException("could not connect to " + realtimeUrl, e);
    }
  }

  private static Map<String, Object> authorization(String apiKey) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("host", "localhost");
    header.put("x-api-key", apiKey);
    return header;
  }

  /** Sends {@code start} and returns the frame answering it ({@code start_ack} or {@code error}). */
  public Map<String, Object> start(String id, String query, Map<String, Object> variables, String apiKey) {
    return startWith(id, query, variables, authorization(apiKey));
  }

  /** Like {@link #start} with any per-start authorization object, or none (null). */
  public Map<String, Object> startWith(String id, String query, Map<String, Object> variables,
      Map<String, Object> authorization) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("data", startData(query, variables));
    if (authorization != null) {
      payload.put("extensions", Map.of("authorization", authorization));
    }
    send(Map.of("id", id, "type", "start", "payload", payload));
    Await.until("an answer to start " + id, () -> answerTo(id) != null);
    return answerTo(id);
  }

  /** The exact {@code payload.data} string {@link #startWith} sends (what a per-start IAM signature covers). */
  public static String startData(String query, Map<String, Object> variables) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("query", query);
    data.put("variables", variables == null ? Map.of() : variables);
    return JsonCodec.writeString(data);
  }

  public void stop(String id) {
    send(Map.of("id", id, "type", "stop"));
  }

  private Map<String, Object> answerTo(String id) {
    for (Map<String, Object> frame : frames) {
      if (id.equals(frame.get("id")) && ("start_ack".equals(frame.get("type")) || "error".equals(frame.get("type")))) {
        return frame;
      }
    }
    return null;
  }

  /** Every {@code data} payload received for subscription {@code id}, in order. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> data(String id) {
    List<Map<String, Object>> payloads = new ArrayList<>();
    for (Map<String, Object> frame : frames) {
      if ("data".equals(frame.get("type")) && id.equals(frame.get("id"))) {
        payloads.add((Map<String, Object>) frame.get("payload"));
      }
    }
    return payloads;
  }

  public Map<String, Object> awaitFrame(String type, String id) {
    Await.until("a " + type + " frame", () -> find(type, id) != null);
    return find(type, id);
  }

  public Map<String, Object> find(String type, String id) {
    for (Map<String, Object> frame : frames) {
      if (type.equals(frame.get("type")) && (id == null || id.equals(frame.get("id")))) {
        return frame;
      }
    }
    return null;
  }

  public boolean isClosed() {
    return closed;
  }

  public List<Map<String, Object>> frames() {
    return frames;
  }

  private void send(Map<String, Object> frame) {
    socket.sendText(JsonCodec.writeString(frame), true).join();
  }

  @Override
  public void close() {
    if (!closed) {
      socket.abort();
    }
  }

  private final class Listener implements WebSocket.Listener {
    @Override
    @SuppressWarnings("unchecked")
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        frames.add((Map<String, Object>) JsonCodec.parse(partial.toString().getBytes(StandardCharsets.UTF_8)));
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed = true;
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed = true;
    }
  }
}
