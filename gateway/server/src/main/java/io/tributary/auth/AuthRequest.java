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
 */
public record AuthRequest(Map<String, String> headers, String sourceIp, String query, String operationName) {

  public String header(String lowerCaseName) {
    return headers.get(lowerCaseName);
  }
}
