package io.tributary.resolver.js;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the {@code ctx} a handler receives: the invocation's context as an {@link ObjectView},
 * with {@code args} aliasing {@code arguments}, {@code arguments} and {@code stash} defaulting to
 * empty objects, {@code identity}, {@code info} and {@code request} to null, and the hidden
 * {@code authType} key taken out.
 */
final class ContextView {

  static final String AUTH_TYPE = "authType";
  private static final String ARGUMENTS = "arguments";
  private static final String STASH = "stash";

  private ContextView() {}

  /**
   * @throws IllegalArgumentException if the context holds something other than plain JSON values
   */
  static ObjectView of(Map<String, Object> ctx, GuestJson guest) {
    PlainJsonWriter.requirePlain(ctx);
    // One view under both names, so ctx.args === ctx.arguments as in AppSync.
    ObjectView arguments = new ObjectView(objectOrEmpty(ctx.get(ARGUMENTS)), guest);
    LinkedHashMap<String, Object> fields = new LinkedHashMap<>(24);
    for (Map.Entry<String, Object> entry : ctx.entrySet()) {
      String key = entry.getKey();
      if (ARGUMENTS.equals(key)) {
        fields.put(ARGUMENTS, arguments);
      } else if (!AUTH_TYPE.equals(key)) {
        fields.put(key, entry.getValue());
      }
    }
    fields.putIfAbsent(ARGUMENTS, arguments);
    fields.put("args", arguments);
    if (fields.get(STASH) == null) {
      fields.put(STASH, new LinkedHashMap<String, Object>());
    }
    fields.putIfAbsent("identity", null);
    fields.putIfAbsent("info", null);
    fields.putIfAbsent("request", null);
    return ObjectView.owning(fields, guest);
  }

  /** The auth mode the gateway passed for {@code util.authType()}, or null. */
  static String authType(Map<String, Object> ctx) {
    return ctx.get(AUTH_TYPE) instanceof String authType ? authType : null;
  }

  /** The stash as the handler left it, as plain Java (JSON-converted only when it holds JS objects). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> stash(ObjectView ctx, GuestJson guest, OutcomeReader reader) {
    Object raw = ctx.raw(STASH);
    if (raw instanceof Map<?, ?> untouched) {
      return (Map<String, Object>) untouched;
    }
    try {
      Object plain = ObjectView.plain(raw);
      return plain instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    } catch (GuestJson.NeedsGuest e) {
      return reader.map(guest.encode(raw));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> objectOrEmpty(Object arguments) {
    return arguments instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
  }
}
