package io.tributary.realtime.appsync;

import io.tributary.http.JsonCodec;
import java.util.Map;

/**
 * The operation inside an AppSync {@code start}: {@code payload.data} is a string holding
 * {@code {query, variables, operationName}}, and {@code payload.extensions.authorization} an
 * optional header object for this operation alone.
 *
 * @param authorization the per-start header object, null when absent
 * @param data the start's {@code payload.data} string as sent (what a per-start IAM signature covers)
 */
record StartMessage(String query, String operationName, Map<String, Object> variables, Map<?, ?> authorization,
    String data) {

  /** Why a start payload is unusable. */
  static final class Invalid extends RuntimeException {
    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  static StartMessage parse(Object payload) {
    if (!(payload instanceof Map<?, ?> fields) || !(fields.get("data") instanceof String data)) {
      throw new Invalid("start payload.data must be a string of JSON");
    }
    Map<String, Object> operation;
    try {
      operation = JsonCodec.parseObject(data);
    } catch (IllegalArgumentException e) {
      throw new Invalid("start payload.data is not a JSON object");
    }
    if (!(operation.get("query") instanceof String query) || query.isBlank()) {
      throw new Invalid("start payload.data has no query");
    }
    return new StartMessage(query, operationName(operation), variables(operation), authorization(fields), data);
  }

  private static String operationName(Map<String, Object> operation) {
    Object name = operation.get("operationName");
    if (name != null && !(name instanceof String)) {
      throw new Invalid("operationName must be a string");
    }
    return (String) name;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> variables(Map<String, Object> operation) {
    Object variables = operation.get("variables");
    if (variables == null) {
      return Map.of();
    }
    if (!(variables instanceof Map)) {
      throw new Invalid("variables must be a JSON object");
    }
    return (Map<String, Object>) variables;
  }

  private static Map<?, ?> authorization(Map<?, ?> payload) {
    if (!(payload.get("extensions") instanceof Map<?, ?> extensions)) {
      return null;
    }
    Object authorization = extensions.get("authorization");
    if (authorization != null && !(authorization instanceof Map)) {
      throw new Invalid("extensions.authorization must be a JSON object");
    }
    return (Map<?, ?>) authorization;
  }
}
