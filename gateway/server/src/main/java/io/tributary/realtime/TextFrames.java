package io.tributary.realtime;

import io.netty.buffer.Unpooled;
import io.tributary.http.JsonCodec;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import io.vertx.core.internal.buffer.BufferInternal;
import java.nio.charset.StandardCharsets;

/**
 * Builds outgoing text frames from buffers. Vert.x's public API only makes text frames from a
 * {@code String}; an event payload shared by thousands of subscribers would then be decoded and
 * re-encoded once per subscriber. Wrapping the shared bytes in a composite buffer sends them as
 * they are. This is the only class that touches Vert.x internals; the pinned Vert.x version keeps
 * it stable.
 */
public final class TextFrames {
  private TextFrames() {}

  /** A final text frame carrying {@code utf8Json}. */
  public static WebSocketFrame text(Buffer utf8Json) {
    return new WebSocketFrameImpl(WebSocketFrameType.TEXT, ((BufferInternal) utf8Json).getByteBuf(), true);
  }

  /** {@code head + payload + tail} without copying {@code payload}, which stays untouched. */
  public static Buffer wrap(byte[] head, Buffer payload, byte[] tail) {
    return BufferInternal.buffer(Unpooled.wrappedUnmodifiableBuffer(
        Unpooled.wrappedBuffer(head), ((BufferInternal) payload).getByteBuf(), Unpooled.wrappedBuffer(tail)));
  }

  /** A JSON message serialized once. */
  public static Buffer json(Object value) {
    return Buffer.buffer(JsonCodec.write(value));
  }

  /** The ASCII bytes of a constant message. */
  public static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** {@code prefix + JSON string of id + suffix}, e.g. {@code {"type":"data","id":"abc","payload":}. */
  public static byte[] withId(String prefix, String id, String suffix) {
    byte[] quoted = JsonCodec.write(id);
    byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] end = suffix.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[start.length + quoted.length + end.length];
    System.arraycopy(start, 0, out, 0, start.length);
    System.arraycopy(quoted, 0, out, start.length, quoted.length);
    System.arraycopy(end, 0, out, start.length + quoted.length, end.length);
    return out;
  }
}
