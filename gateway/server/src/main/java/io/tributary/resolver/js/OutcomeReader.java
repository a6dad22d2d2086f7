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
import org.graalvm.polyglot.Value;

/**
 * Turns what the invoker returned into a {@link JsOutcome}: either the handler's bare value (a
 * number, boolean, null, a host view, or JSON text), or {@code '#'} and the full outcome as JSON
 * (keys: v value, e earlyReturn, er error, ae appended errors, x extensions, l logs). The stash is
 * read from the ctx view in both cases.
 */
final class OutcomeReader {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final char OUTCOME_MARK = '#';

  private final ObjectMapper json;

  OutcomeReader(ObjectMapper json) {
    this.json = json;
  }

  JsOutcome read(Value result, ObjectView ctx, GuestJson guest) {
    try {
      Map<String, Object> stash = ContextView.stash(ctx, guest, this);
      if (result.isString()) {
        String text = result.asString();
        return text.charAt(0) == OUTCOME_MARK
            ? outcome(parse(text.substring(1), MAP), stash)
            : valueOnly(parse(text, Object.class), stash);
      }
      return valueOnly(value(result, guest), stash);
    } catch (GuestJson.Unserializable e) {
      String message = "Resolver output is not serializable: " + e.getMessage();
      return JsOutcome.failure(new ResolverError(message, JsOutcome.CODE_ERROR, null, null), null);
    }
  }

  /** JSON text of an object as a map; anything else (null, a number...) as an empty map. */
  Map<String, Object> map(String jsonText) {
    Map<String, Object> map = map(parse(jsonText, Object.class));
    return map == null ? Map.of() : map;
  }

  private Object value(Value result, GuestJson guest) {
    if (result.isNull()) {
      return null;
    }
    if (result.isBoolean()) {
      return result.asBoolean();
    }
    if (result.isNumber()) {
      return result.fitsInInt() ? (Object) result.asInt()
          : result.fitsInLong() ? (Object) result.asLong() : (Object) result.asDouble();
    }
    if (result.isProxyObject() && result.asProxyObject() instanceof ObjectView view) {
      try {
        return view.toJava();
      } catch (GuestJson.NeedsGuest e) {
        return parse(guest.encode(view), Object.class);
      }
    }
    return parse(guest.encode(result), Object.class);
  }

  private static JsOutcome valueOnly(Object value, Map<String, Object> stash) {
    return new JsOutcome(value, stash, null, null, List.of(), null, List.of());
  }

  private static JsOutcome outcome(Map<String, Object> raw, Map<String, Object> stash) {
    return new JsOutcome(
        raw.get("v"),
        stash,
        earlyReturn(map(raw.get("e"))),
        error(map(raw.get("er"))),
        errors(raw.get("ae")),
        extensions(map(raw.get("x"))),
        strings(raw.get("l")));
  }

  private <T> T parse(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the JS invoker produced malformed JSON", e);
    }
  }

  private <T> T parse(String text, TypeReference<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the JS invoker produced malformed JSON", e);
    }
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
