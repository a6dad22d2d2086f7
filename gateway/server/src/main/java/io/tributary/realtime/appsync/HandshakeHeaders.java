package io.tributary.realtime.appsync;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.tributary.http.HeaderMaps;
import io.tributary.http.JsonCodec;
import io.tributary.realtime.HeaderObjects;
import io.vertx.core.http.ServerWebSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The authorization header object of an AppSync real-time connection, from wherever the client
 * put it (appsync.md §1.2), in this order: the {@code header} query parameter, a
 * {@code header-<base64url>} entry in {@code Sec-WebSocket-Protocol}, or the upgrade request's
 * own headers.
 *
 * @param headers lower-cased names → values, as {@code SubscriptionService.authenticate} expects
 * @param problem why the header object could not be read; null when it could
 */
record HandshakeHeaders(Map<String, String> headers, String problem) {
  private static final String PROTOCOL_PREFIX = "header-";

  static HandshakeHeaders of(ServerWebSocket ws) {
    String fromQuery = queryHeader(ws.query());
    if (fromQuery != null) {
      return decode(fromQuery, "header query parameter");
    }
    String fromProtocol = protocolHeader(ws.headers().getAll("sec-websocket-protocol"));
    if (fromProtocol != null) {
      return decode(fromProtocol, "header- sub-protocol entry");
    }
    return new HandshakeHeaders(HeaderMaps.firstValues(ws.headers()), null);
  }

  /** What resolvers see: the upgrade request's headers overlaid with the authorization object. */
  static Map<String, Object> forResolvers(ServerWebSocket ws, Map<String, String> authorization) {
    Map<String, Object> out = HeaderMaps.forResolvers(ws.headers());
    // the sub-protocol list can carry the base64 credentials; the key is handshake noise
    out.remove("sec-websocket-protocol");
    out.remove("sec-websocket-key");
    out.putAll(authorization);
    return out;
  }

  private static String queryHeader(String query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    List<String> values = new QueryStringDecoder(query, false).parameters().get("header");
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String protocolHeader(List<String> protocolHeaders) {
    for (String header : protocolHeaders) {
      for (String entry : header.split(",")) {
        String protocol = entry.trim();
        if (protocol.startsWith(PROTOCOL_PREFIX)) {
          return protocol.substring(PROTOCOL_PREFIX.length());
        }
      }
    }
    return null;
  }

  private static HandshakeHeaders decode(String encoded, String where) {
    byte[] json = LenientBase64.decode(encoded);
    if (json == null) {
      return new HandshakeHeaders(Map.of(), "The " + where + " is not valid base64.");
    }
    try {
      return new HandshakeHeaders(HeaderObjects.lowerCased(JsonCodec.parseObject(new String(json, StandardCharsets.UTF_8))), null);
    } catch (IllegalArgumentException e) {
      return new HandshakeHeaders(Map.of(), "The " + where + " is not a base64-encoded JSON object.");
    }
  }
}
