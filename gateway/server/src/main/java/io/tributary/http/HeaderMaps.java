package io.tributary.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Header views for the authenticate stage and for {@code ctx.request.headers}. */
public final class HeaderMaps {
  private HeaderMaps() {}

  /** Lower-cased name → first value. */
  public static Map<String, String> firstValues(MultiMap headers) {
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, String> e : headers) {
      out.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
    }
    return out;
  }

  /**
   * What resolvers see: lower-cased names, a list for repeated headers, and never the cookie
   * header (AppSync does not expose it either).
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> forResolvers(MultiMap headers) {
    Map<String, Object> out = new HashMap<>();
    for (Map.Entry<String, String> e : headers) {
      String name = e.getKey().toLowerCase(Locale.ROOT);
      if (name.equals("cookie")) {
        continue;
      }
      Object previous = out.putIfAbsent(name, e.getValue());
      if (previous instanceof List<?> list) {
        ((List<Object>) list).add(e.getValue());
      } else if (previous != null) {
        List<Object> values = new ArrayList<>();
        values.add(previous);
        values.add(e.getValue());
        out.put(name, values);
      }
    }
    return out;
  }

  public static String remoteAddress(HttpServerRequest request) {
    SocketAddress address = request.remoteAddress();
    return address == null ? null : address.hostAddress();
  }
}
