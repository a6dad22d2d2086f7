package io.tributary.realtime.graphqlws;

import io.tributary.realtime.TextFrames;
import io.vertx.core.buffer.Buffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The server's messages of graphql-transport-ws. */
final class GraphQLWsMessages {
  private static final byte[] ACK = TextFrames.ascii("{\"type\":\"connection_ack\"}");
  private static final byte[] PING = TextFrames.ascii("{\"type\":\"ping\"}");
  private static final byte[] PONG = TextFrames.ascii("{\"type\":\"pong\"}");
  private static final byte[] CLOSE_BRACE = TextFrames.ascii("}");

  private GraphQLWsMessages() {}

  static Buffer ack() {
    return Buffer.buffer(ACK);
  }

  static Buffer ping() {
    return Buffer.buffer(PING);
  }

  static Buffer pong(Object payload) {
    if (payload == null) {
      return Buffer.buffer(PONG);
    }
    return TextFrames.json(Map.of("type", "pong", "payload", payload));
  }

  static Buffer next(String id, Buffer payload) {
    return TextFrames.wrap(TextFrames.withId("{\"type\":\"next\",\"id\":", id, ",\"payload\":"), payload, CLOSE_BRACE);
  }

  static Buffer complete(String id) {
    return Buffer.buffer(TextFrames.withId("{\"type\":\"complete\",\"id\":", id, "}"));
  }

  /** {@code error}: the payload is the list of GraphQL errors itself. */
  static Buffer error(String id, List<Map<String, Object>> errors) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", "error");
    message.put("id", id);
    message.put("payload", errors);
    return TextFrames.json(message);
  }

  static Map<String, Object> problem(String errorType, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("errorType", errorType);
    error.put("message", message);
    return error;
  }
}
