package io.tributary.realtime.appsync;

import io.tributary.realtime.TextFrames;
import io.vertx.core.buffer.Buffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The server's messages of the AppSync real-time protocol (appsync.md §1.3). */
final class AppSyncMessages {
  private static final byte[] KEEP_ALIVE = TextFrames.ascii("{\"type\":\"ka\"}");
  private static final byte[] CLOSE_BRACE = TextFrames.ascii("}");

  private AppSyncMessages() {}

  static Buffer keepAlive() {
    return Buffer.buffer(KEEP_ALIVE);
  }

  static Buffer connectionAck(long connectionTimeoutMs) {
    return TextFrames.json(Map.of("type", "connection_ack", "payload", Map.of("connectionTimeoutMs", connectionTimeoutMs)));
  }

  static Buffer startAck(String id) {
    return Buffer.buffer(TextFrames.withId("{\"type\":\"start_ack\",\"id\":", id, "}"));
  }

  static Buffer complete(String id) {
    return Buffer.buffer(TextFrames.withId("{\"type\":\"complete\",\"id\":", id, "}"));
  }

  /** {@code {"type":"data","id":…,"payload":<payload>}} around the shared payload bytes. */
  static Buffer data(String id, Buffer payload) {
    return TextFrames.wrap(TextFrames.withId("{\"type\":\"data\",\"id\":", id, ",\"payload\":"), payload, CLOSE_BRACE);
  }

  /** An {@code error} message; {@code id} is left out when the error concerns no operation. */
  static Buffer error(String id, List<Map<String, Object>> errors) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", "error");
    if (id != null) {
      message.put("id", id);
    }
    message.put("payload", Map.of("errors", errors));
    return TextFrames.json(message);
  }

  static Buffer connectionError(Map<String, Object> error) {
    return TextFrames.json(Map.of("type", "connection_error", "payload", Map.of("errors", List.of(error))));
  }

  /** One AppSync error object; {@code errorCode} only when given (amplify-js reads it on connect). */
  static Map<String, Object> problem(String errorType, String message, Integer errorCode) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("errorType", errorType);
    error.put("message", message);
    if (errorCode != null) {
      error.put("errorCode", errorCode);
    }
    return error;
  }
}
