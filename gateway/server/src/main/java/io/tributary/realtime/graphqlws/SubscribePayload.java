package io.tributary.realtime.graphqlws;

import java.util.Map;

/** The payload of a graphql-transport-ws {@code subscribe}: {@code {query, operationName?, variables?, extensions?}}. */
record SubscribePayload(String query, String operationName, Map<String, Object> variables) {

  /** The payload, or null when it breaks the protocol (the caller closes with 4400). */
  @SuppressWarnings("unchecked")
  static SubscribePayload parse(Object payload) {
    if (!(payload instanceof Map<?, ?> fields) || !(fields.get("query") instanceof String query) || query.isBlank()) {
      return null;
    }
    Object name = fields.get("operationName");
    Object variables = fields.get("variables");
    if (name != null && !(name instanceof String)) {
      return null;
    }
    if (variables != null && !(variables instanceof Map)) {
      return null;
    }
    return new SubscribePayload(query, (String) name, variables == null ? Map.of() : (Map<String, Object>) variables);
  }
}
