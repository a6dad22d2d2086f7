package io.tributary.pubsub;

import io.vertx.core.buffer.Buffer;
import io.vertx.redis.client.Response;
import io.vertx.redis.client.ResponseType;

/**
 * A pub/sub frame from the subscriber connection: a delivered message or the server's
 * confirmation of a (un)subscribe. RESP3 sends these as push frames; RESP2 as plain arrays, which
 * the client also routes to the connection handler, so both shapes are accepted.
 */
record PushMessage(Kind kind, String channel, Buffer payload) {

  enum Kind {
    MESSAGE,
    SUBSCRIBED,
    UNSUBSCRIBED
  }

  /** @return the frame, or {@code null} for anything that is not a pub/sub frame we act on */
  static PushMessage parse(Response response) {
    if (response == null || !isArrayFrame(response) || response.size() < 3) {
      return null;
    }
    Response name = response.get(0);
    Response channel = response.get(1);
    if (name == null || channel == null) {
      return null;
    }
    switch (name.toString()) {
      case "message", "smessage" -> {
        Response payload = response.get(2);
        Buffer body = payload == null ? Buffer.buffer() : payload.toBuffer();
        return new PushMessage(Kind.MESSAGE, channel.toString(), body);
      }
      case "subscribe", "ssubscribe" -> {
        return new PushMessage(Kind.SUBSCRIBED, channel.toString(), null);
      }
      case "unsubscribe", "sunsubscribe" -> {
        return new PushMessage(Kind.UNSUBSCRIBED, channel.toString(), null);
      }
      default -> {
        return null;
      }
    }
  }

  private static boolean isArrayFrame(Response response) {
    return response.type() == ResponseType.PUSH || response.type() == ResponseType.MULTI;
  }
}
