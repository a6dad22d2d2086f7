package io.tributary.auth;

import io.tributary.config.AuthMode;
import java.util.Map;
import java.util.Set;

/**
 * Who is calling and through which authorization mode. Immutable; shared by every resolver of the
 * request.
 *
 * @param mode the mode that authenticated the caller; field rules ({@code @aws_*}) check it
 * @param resolverIdentity what resolvers see as {@code ctx.identity} (null for API_KEY, as in
 *     AppSync)
 * @param groups Cognito groups, for {@code @aws_cognito_user_pools(cognito_groups: …)}
 * @param deniedFields {@code Type.field} coordinates a Lambda authorizer denied
 */
public record Identity(
    AuthMode mode, Map<String, Object> resolverIdentity, Set<String> groups, Set<String> deniedFields) {

  public static Identity apiKey() {
    return new Identity(AuthMode.API_KEY, null, Set.of(), Set.of());
  }
}
