package io.tributary.auth;

import io.tributary.config.AuthMode;
import java.time.Instant;
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
 * @param principal a stable name of the caller within its mode (sub, user ARN, the Lambda token's
 *     hash, the API key's id); caches key on it so one caller's answer never reaches another
 * @param expiresAt when the credential stops being valid (a JWT's exp, a Lambda result's TTL), or
 *     null; real-time subscriptions end then
 * @param denyByDefault Cognito user pools with {@code defaultAction: DENY}: fields that name no
 *     Cognito rule of their own are closed to this caller
 */
public record Identity(AuthMode mode, Map<String, Object> resolverIdentity, Set<String> groups,
    Set<String> deniedFields, String principal, Instant expiresAt, boolean denyByDefault) {

  public Identity(AuthMode mode, Map<String, Object> resolverIdentity, Set<String> groups, Set<String> deniedFields) {
    this(mode, resolverIdentity, groups, deniedFields, null, null, false);
  }

  public static Identity apiKey() {
    return new Identity(AuthMode.API_KEY, null, Set.of(), Set.of());
  }

  /** Whether the credential has expired at {@code now}. */
  public boolean expiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }
}
