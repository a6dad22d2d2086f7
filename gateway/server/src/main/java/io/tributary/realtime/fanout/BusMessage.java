package io.tributary.realtime.fanout;

import io.tributary.http.JsonCodec;
import io.vertx.core.buffer.Buffer;

/**
 * What travels between nodes: the publishing node's id (fixed width, so a node can skip its own
 * echo without parsing) followed by the JSON payload.
 */
final class BusMessage {
  private BusMessage() {}

  static Buffer encode(NodeId origin, Buffer json) {
    return Buffer.buffer(NodeId.LENGTH + json.length()).appendString(origin.id()).appendBuffer(json);
  }

  /** The publishing node, or null for a message too short to be ours. */
  static String origin(Buffer message) {
    return message.length() < NodeId.LENGTH ? null : message.getString(0, NodeId.LENGTH);
  }

  /** The payload; throws {@link IllegalArgumentException} when it is not JSON. */
  static Object payload(Buffer message) {
    return JsonCodec.parse(message.getBytes(NodeId.LENGTH, message.length()));
  }
}
