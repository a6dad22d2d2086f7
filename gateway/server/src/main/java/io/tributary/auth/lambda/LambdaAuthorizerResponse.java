package io.tributary.auth.lambda;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Lambda authorizer's answer, checked strictly: anything that is not AppSync's shape is a
 * malformed answer (and a 401), never a partial grant.
 *
 * @param resolverContext flat key-value pairs (AppSync: "nested keys are not supported")
 * @param deniedFields {@code Type.field} coordinates
 * @param ttlOverride seconds, or null to use the configured TTL
 */
record LambdaAuthorizerResponse(boolean isAuthorized, Map<String, Object> resolverContext, Set<String> deniedFields,
    Integer ttlOverride) {

  static LambdaAuthorizerResponse parse(Object answer) {
    if (!(answer instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("the answer is not a JSON object");
    }
    if (!(map.get("isAuthorized") instanceof Boolean authorized)) {
      throw new IllegalArgumentException("isAuthorized must be a boolean");
    }
    Map<String, Object> context = new LinkedHashMap<>();
    Object rc = map.get("resolverContext");
    if (rc != null) {
      if (!(rc instanceof Map<?, ?> entries)) {
        throw new IllegalArgumentException("resolverContext must be an object");
      }
      for (Map.Entry<?, ?> entry : entries.entrySet()) {
        Object value = entry.getValue();
        if (value instanceof Map || value instanceof List) {
          throw new IllegalArgumentException("resolverContext." + entry.getKey() + " is nested");
        }
        context.put(String.valueOf(entry.getKey()), value);
      }
    }
    Set<String> denied = new LinkedHashSet<>();
    Object df = map.get("deniedFields");
    if (df != null) {
      if (!(df instanceof List<?> list)) {
        throw new IllegalArgumentException("deniedFields must be a list");
      }
      for (Object field : list) {
        if (!(field instanceof String name)) {
          throw new IllegalArgumentException("deniedFields entries must be strings");
        }
        denied.add(LambdaAuthenticator.coordinates(name));
      }
    }
    Integer ttl = null;
    Object t = map.get("ttlOverride");
    if (t != null) {
      if (!(t instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 3600 || n.doubleValue() % 1 != 0) {
        throw new IllegalArgumentException("ttlOverride must be a whole number of seconds, 0..3600");
      }
      ttl = n.intValue();
    }
    return new LambdaAuthorizerResponse(authorized, java.util.Collections.unmodifiableMap(context),
        Set.copyOf(denied), ttl);
  }
}
