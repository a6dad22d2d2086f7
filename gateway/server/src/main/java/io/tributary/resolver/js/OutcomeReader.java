package io.tributary.resolver.js;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.resolver.js.JsOutcome.EarlyReturn;
import io.tributary.resolver.js.JsOutcome.Extensions;
import io.tributary.resolver.js.JsOutcome.ResolverError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the invoker's JSON (keys: v value, s stash, e earlyReturn, er error, ae appended errors,
 * x extensions, l logs) into a {@link JsOutcome}.
 */
final class OutcomeReader {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final ObjectMapper json;

  OutcomeReader(ObjectMapper json) {
    this.json = json;
  }

  JsOutcome read(String outcomeJson) {
    Map<String, Object> raw;
    try {
      raw = json.readValue(outcomeJson, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the JS invoker produced malformed JSON", e);
    }
    return new JsOutcome(
        raw.get("v"),
        map(raw.get("s")),
        earlyReturn(map(raw.get("e"))),
        error(map(raw.get("er"))),
        errors(raw.get("ae")),
        extensions(map(raw.get("x"))),
        strings(raw.get("l")));
  }

  private static EarlyReturn earlyReturn(Map<String, Object> raw) {
    return raw == null ? null : new EarlyReturn(raw.get("value"), (String) raw.get("skipTo"));
  }

  private static ResolverError error(Map<String, Object> raw) {
    if (raw == null) {
      return null;
    }
    return new ResolverError(
        (String) raw.get("message"), (String) raw.get("errorType"), raw.get("data"), raw.get("errorInfo"));
  }

  private static List<ResolverError> errors(Object raw) {
    if (raw == null) {
      return List.of();
    }
    List<ResolverError> errors = new ArrayList<>();
    for (Object each : (List<?>) raw) {
      errors.add(error(map(each)));
    }
    return List.copyOf(errors);
  }

  private static Extensions extensions(Map<String, Object> raw) {
    if (raw == null) {
      return null;
    }
    return new Extensions(
        raw.get("subscriptionFilter"),
        raw.get("subscriptionInvalidationFilter"),
        maps(raw.get("invalidations")),
        maps(raw.get("cacheEvictions")));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object raw) {
    return raw == null ? List.of() : (List<Map<String, Object>>) raw;
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object raw) {
    return raw == null ? List.of() : (List<String>) raw;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object raw) {
    return raw instanceof Map ? (Map<String, Object>) raw : null;
  }
}
