package io.tributary.http;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.util.Map;

/**
 * Reads a GraphQL request from HTTP the ways clients send it: a JSON body
 * ({@code application/json}), a bare document ({@code application/graphql}), or query parameters
 * on GET. Problems become {@link BadRequest} with a message a client can act on.
 */
final class GraphQLRequestParser {
  private GraphQLRequestParser() {}

  /** A parsed request: the document, the operation to run and its variables. */
  record GraphQLHttpRequest(String query, String operationName, Map<String, Object> variables) {}

  /** The request cannot be read; answered with HTTP 400 and AppSync's error shape. */
  static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message, null, false, false);
    }
  }

  static GraphQLHttpRequest fromBody(String contentType, Buffer body) {
    String type = contentType == null ? "application/json" : contentType.toLowerCase();
    boolean graphql = type.startsWith("application/graphql");
    if (!graphql && !type.startsWith("application/json") && !type.contains("+json")) {
      throw new BadRequest(
          "Unsupported Content-Type '" + contentType + "': send application/json or application/graphql.");
    }
    // Vert.x hands over no buffer at all for an empty body
    if (body == null || body.length() == 0) {
      throw new BadRequest(graphql
          ? "The request body is empty: send the GraphQL document."
          : "The request body is empty: send a JSON object with a \"query\" field.");
    }
    if (graphql) {
      return new GraphQLHttpRequest(body.toString(), null, Map.of());
    }
    Object parsed;
    try {
      parsed = JsonCodec.parse(body.getBytes());
    } catch (IllegalArgumentException e) {
      throw new BadRequest("The request body is not valid JSON: " + e.getMessage());
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new BadRequest("The request body must be a JSON object with a \"query\" field.");
    }
    return fromFields(map.get("query"), map.get("operationName"), map.get("variables"));
  }

  static GraphQLHttpRequest fromQueryParams(MultiMap params) {
    Object variables = params.get("variables");
    if (variables instanceof String text && !text.isBlank()) {
      try {
        variables = JsonCodec.parse(text);
      } catch (IllegalArgumentException e) {
        throw new BadRequest("The \"variables\" parameter is not valid JSON: " + e.getMessage());
      }
    } else {
      variables = null;
    }
    return fromFields(params.get("query"), params.get("operationName"), variables);
  }

  @SuppressWarnings("unchecked")
  private static GraphQLHttpRequest fromFields(Object query, Object operationName, Object variables) {
    if (!(query instanceof String q) || q.isBlank()) {
      throw new BadRequest("The request has no \"query\": send the GraphQL document as a string.");
    }
    if (operationName != null && !(operationName instanceof String)) {
      throw new BadRequest("\"operationName\" must be a string.");
    }
    if (variables != null && !(variables instanceof Map)) {
      throw new BadRequest("\"variables\" must be a JSON object.");
    }
    Map<String, Object> vars = variables == null ? Map.of() : (Map<String, Object>) variables;
    return new GraphQLHttpRequest(q, (String) operationName, vars);
  }
}
