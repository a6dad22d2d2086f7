package io.tributary.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Header views for the authenticate stage and for {@code ctx.request.headers}. */
public final class HeaderMaps {
  private HeaderMaps() {}

  /**
   * A read-only view answering {@code get(name)} straight from the request's case-insensitive
   * headers; the full map is only built if someone iterates it. Authentication reads one or two
   * headers per request, so copying them all would be wasted work on the hot path.
   */
  public static Map<String, String> view(MultiMap headers) {
    return new AbstractMap<>() {
      private Map<String, String> all;

      @Override
      public String get(Object name) {
        return name instanceof String s ? headers.get(s) : null;
      }

      @Override
      public boolean containsKey(Object name) {
        return name instanceof String s && headers.contains(s);
      }

      @Override
      public Set<Entry<String, String>> entrySet() {
        if (all == null) {
          all = firstValues(headers);
        }
        return all.entrySet();
      }
    };
  }

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
