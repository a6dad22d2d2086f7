package io.tributary.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.tributary.http.JsonCodec;
import io.vertx.core.buffer.Buffer;
import io.tributary.testsupport.Await;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketFrame;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client socket that records every text message and how the server closed it. Its handlers are
 * attached before the socket connects: a server that answers the upgrade and closes at once (a
 * rejected handshake) must still have its frames and close code captured.
 */
final class TestSocket {
  final WebSocket ws;
  final LinkedBlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
  final CompletableFuture<Short> closed = new CompletableFuture<>();

  /** Attaches the recording handlers to a socket that has not connected yet. */
  TestSocket(ClientWebSocket ws) {
    this.ws = ws;
    ws.textMessageHandler(text -> received.add(JsonCodec.parseObject(text)));
    ws.closeHandler(v -> closed.complete(ws.closeStatusCode() == null ? (short) 1006 : ws.closeStatusCode()));
  }

  TestSocket send(Object message) {
    ws.writeTextMessage(JsonCodec.writeString(message));
    return this;
  }

  TestSocket sendText(String text) {
    ws.writeTextMessage(text);
    return this;
  }

  TestSocket sendFrame(WebSocketFrame frame) {
    ws.writeFrame(frame);
    return this;
  }

  TestSocket sendBinary(byte[] bytes) {
    ws.writeBinaryMessage(Buffer.buffer(bytes));
    return this;
  }

  Map<String, Object> next() {
    try {
      Map<String, Object> message = received.poll(Await.DEFAULT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      assertNotNull(message, "no message arrived");
      return message;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** The next message that is not a keep-alive. */
  Map<String, Object> nextSkippingKeepAlive() {
    Map<String, Object> message = next();
    while ("ka".equals(message.get("type")) || "ping".equals(message.get("type"))) {
      message = next();
    }
    return message;
  }

  Map<String, Object> expect(String type) {
    Map<String, Object> message = nextSkippingKeepAlive();
    assertEquals(type, message.get("type"), "unexpected message " + message);
    return message;
  }

  short closeCode() {
    try {
      return closed.get(Await.DEFAULT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new AssertionError("socket was not closed: " + e, e);
    }
  }

  void close() {
    if (!ws.isClosed()) {
      ws.close();
    }
  }
}
