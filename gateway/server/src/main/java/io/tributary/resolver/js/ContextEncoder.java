package io.tributary.resolver.js;

import java.util.Map;
import java.util.Set;

/**
 * Serializes a resolver context for the invoker: the small, always-used part as one JSON text
 * (always with {@code arguments} and {@code stash}), and identity, info and request each as their
 * own text so JS parses them only when a handler reads them.
 */
final class ContextEncoder {

  private static final Set<String> LAZY_KEYS = Set.of("identity", "info", "request");

  private ContextEncoder() {}

  /** The four JSON texts; a lazy part is {@code null} when the context lacks it or holds null. */
  record Parts(String core, String identity, String info, String request) {}

  /**
   * @throws IllegalArgumentException if the context holds something other than plain JSON values
   */
  static Parts encode(Map<String, Object> ctx) {
    return new Parts(core(ctx), part(ctx.get("identity")), part(ctx.get("info")), part(ctx.get("request")));
  }

  private static String core(Map<String, Object> ctx) {
    StringBuilder out = new StringBuilder(128);
    out.append('{');
    for (Map.Entry<String, Object> entry : ctx.entrySet()) {
      String key = entry.getKey();
      boolean defaulted = entry.getValue() == null && ("arguments".equals(key) || "stash".equals(key));
      if (LAZY_KEYS.contains(key) || defaulted) {
        continue;
      }
      PlainJsonWriter.string(key, out);
      out.append(':');
      PlainJsonWriter.write(entry.getValue(), out);
      out.append(',');
    }
    if (ctx.get("arguments") == null) {
      out.append("\"arguments\":{},");
    }
    if (ctx.get("stash") == null) {
      out.append("\"stash\":{},");
    }
    out.setCharAt(out.length() - 1, '}');
    return out.toString();
  }

  private static String part(Object value) {
    return value == null ? null : PlainJsonWriter.toJson(value);
  }
}
