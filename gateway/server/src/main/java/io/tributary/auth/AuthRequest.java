package io.tributary.auth;

import java.util.Map;

/**
 * What an authenticator may look at: the request's headers (names lower-cased) and, for modes
 * that sign or inspect the request (IAM, Lambda authorizers), the rest of it.
 *
 * @param headers lower-cased header name → value (first value when repeated)
 * @param sourceIp the TCP peer's address
 * @param query the GraphQL document when known (Lambda authorizers receive it)
 * @param operationName the operation name when known
 * @param method the HTTP method the credential signs (IAM); POST for WebSocket handshakes
 * @param path the request path the credential signs, with its query string when present (IAM)
 * @param body the exact body bytes the credential signs (IAM), empty when none
 * @param variables the operation's variables when known (Lambda authorizers receive them)
 */
public record AuthRequest(Map<String, String> headers, String sourceIp, String query, String operationName,
    String method, String path, byte[] body, Map<String, Object> variables) {

  private static final byte[] NO_BODY = new byte[0];

  public AuthRequest(Map<String, String> headers, String sourceIp, String query, String operationName) {
    this(headers, sourceIp, query, operationName, "POST", "/graphql", NO_BODY, Map.of());
  }

  public AuthRequest {
    body = body == null ? NO_BODY : body;
    variables = variables == null ? Map.of() : variables;
  }

  public String header(String lowerCaseName) {
    return headers.get(lowerCaseName);
  }

  /** The {@code Authorization} header without a {@code Bearer } scheme, or null. */
  public String bearerToken() {
    String value = header("authorization");
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    if (trimmed.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return trimmed.substring(7).trim();
    }
    return trimmed;
  }
}
