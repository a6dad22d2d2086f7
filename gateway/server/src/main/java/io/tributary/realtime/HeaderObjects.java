package io.tributary.realtime;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Header objects sent inside messages (AppSync {@code authorization}, graphql-ws init payloads). */
public final class HeaderObjects {
  private HeaderObjects() {}

  /** Lower-cased names → string values; null values are dropped. */
  public static Map<String, String> lowerCased(Map<?, ?> object) {
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<?, ?> e : object.entrySet()) {
      if (e.getValue() != null) {
        out.put(String.valueOf(e.getKey()).toLowerCase(Locale.ROOT), String.valueOf(e.getValue()));
      }
    }
    return out;
  }
}
