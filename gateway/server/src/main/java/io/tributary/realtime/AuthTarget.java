package io.tributary.realtime;

import java.util.Map;

/**
 * What a real-time credential was issued for, so modes that sign or inspect the request can check
 * it: an IAM signature covers {@code POST <graphql path>/connect} with body {@code {}} for the
 * handshake and {@code POST <graphql path>} with the {@code start}'s {@code data} string for a
 * subscription; a Lambda authorizer receives the subscription's document.
 *
 * @param path the signed request path
 * @param body the signed body text
 * @param query the subscription document, or null for the handshake
 * @param operationName the operation name, may be null
 * @param variables the operation's variables, never null
 */
public record AuthTarget(String path, String body, String query, String operationName, Map<String, Object> variables) {

  public AuthTarget {
    variables = variables == null ? Map.of() : variables;
  }

  /** The handshake of a connection to the GraphQL endpoint at {@code graphqlPath}. */
  public static AuthTarget handshake(String graphqlPath) {
    return new AuthTarget(graphqlPath + "/connect", "{}", null, null, Map.of());
  }
}
