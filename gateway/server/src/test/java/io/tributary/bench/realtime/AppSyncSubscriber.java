package io.tributary.bench.realtime;

import io.tributary.http.JsonCodec;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.Base64;
import java.util.Map;

/**
 * A benchmark client for the AppSync real-time protocol: connects with the API key in the query
 * string, sends connection_init, then one start, and completes once start_ack arrives. After that
 * every {@code data} message is handed to the caller as raw bytes, so the hot path never parses JSON.
 */
final class AppSyncSubscriber {
  static final String QUERY = "subscription OnPublished { onPublished { id message at } }";
  private static final String HOST = "bench.local";

  private AppSyncSubscriber() {}

  /** Connects one socket and subscribes it; {@code onData} receives every later data message. */
  static Future<WebSocket> open(WebSocketClient client, int port, String apiKey, String id, Handler<Buffer> onData) {
    Map<String, Object> header = Map.of("host", HOST, "x-api-key", apiKey);
    String encoded = Base64.getEncoder().encodeToString(JsonCodec.write(header));
    WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
        .setURI("/graphql/realtime?header=" + encoded + "&payload=e30=").addSubProtocol("graphql-ws");
    return client.connect(options).compose(ws -> handshake(ws, header, id, onData));
  }

  private static Future<WebSocket> handshake(WebSocket ws, Map<String, Object> header, String id, Handler<Buffer> onData) {
    Promise<WebSocket> subscribed = Promise.promise();
    ws.handler(message -> {
      if (subscribed.future().isComplete()) {
        onData.handle(message);
        return;
      }
      String text = message.toString();
      if (text.contains("\"connection_ack\"")) {
        ws.writeTextMessage(start(id, header));
      } else if (text.contains("\"start_ack\"")) {
        subscribed.complete(ws);
      } else if (text.contains("error")) {
        subscribed.fail("subscription " + id + " refused: " + text);
        ws.close();
      }
    });
    ws.closeHandler(v -> subscribed.tryFail("socket " + id + " closed before start_ack"));
    ws.exceptionHandler(subscribed::tryFail);
    ws.writeTextMessage("{\"type\":\"connection_init\"}");
    return subscribed.future();
  }

  private static String start(String id, Map<String, Object> header) {
    String data = JsonCodec.writeString(Map.of("query", QUERY, "variables", Map.of()));
    Map<String, Object> payload = Map.of("data", data, "extensions", Map.of("authorization", header));
    return JsonCodec.writeString(Map.of("id", id, "type", "start", "payload", payload));
  }

  /**
   * The text between {@code "message":"} and the next quote in a data message, i.e. the marker the
   * mutation carried; null when absent. Markers are plain ASCII, so no JSON unescaping is needed.
   */
  static String marker(Buffer message) {
    String text = message.toString();
    int at = text.indexOf("\"message\":\"");
    if (at < 0) {
      return null;
    }
    int from = at + 11;
    int end = text.indexOf('"', from);
    return end < 0 ? null : text.substring(from, end);
  }
}
