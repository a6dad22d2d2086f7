package io.tributary.resolver.js;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builders for resolver contexts in tests. */
final class JsTestSupport {

  private JsTestSupport() {}

  /** A context for Query/Mutation.fieldName with the given arguments and an empty stash. */
  static Map<String, Object> ctx(String parentType, String field, Map<String, Object> arguments) {
    Map<String, Object> ctx = new LinkedHashMap<>();
    ctx.put("arguments", arguments);
    ctx.put("source", null);
    ctx.put("identity", null);
    ctx.put("stash", new HashMap<>());
    ctx.put("prev", null);
    ctx.put("result", null);
    ctx.put("error", null);
    ctx.put("info", Map.of(
        "fieldName", field,
        "parentTypeName", parentType,
        "variables", Map.of(),
        "selectionSetList", java.util.List.of("id", "title"),
        "selectionSetGraphQL", "{ id title }"));
    ctx.put("request", Map.of("headers", Map.of("x-trace", "t-1"), "domainName", "example.com"));
    return ctx;
  }

  static Map<String, Object> with(Map<String, Object> ctx, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(ctx);
    copy.put(key, value);
    return copy;
  }
}
