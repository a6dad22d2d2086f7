package io.tributary.realtime;

import io.tributary.http.JsonCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Repeats a handshake with the JDK's WebSocket client, whose listener exists before the upgrade.
 * Vert.x's client installs a ClientWebSocket's handlers only once its connect completes; when the
 * server answers a rejected handshake and closes at once, that step fails ("WebSocket is closed")
 * and the frames the server sent can be lost. The server answers the same handshake the same way,
 * so the repeat records what the test needs to see. Host headers need the test JVM's
 * {@code jdk.httpclient.allowRestrictedHeaders=host} (set in the surefire configuration).
 */
final class JdkReplay {
  private JdkReplay() {}

  static void into(TestSocket socket, int port, String path, Map<String, String> headers, List<String> subProtocols) {
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
    headers.forEach((name, value) -> {
      if (!name.equalsIgnoreCase("sec-websocket-protocol")) {
        builder.header(name, value);
      }
    });
    if (!subProtocols.isEmpty()) {
      builder.subprotocols(subProtocols.get(0), subProtocols.subList(1, subProtocols.size()).toArray(String[]::new));
    }
    builder.buildAsync(URI.create("ws://127.0.0.1:" + port + path), new WebSocket.Listener() {
      private final StringBuilder text = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
          socket.received.add(JsonCodec.parseObject(text.toString()));
          text.setLength(0);
        }
        ws.request(1);
        return null;
      }

      @Override
      public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        socket.closed.complete((short) statusCode);
        return null;
      }

      @Override
      public void onError(WebSocket ws, Throwable error) {
        socket.closed.complete((short) 1006);
      }
    });
  }
}
