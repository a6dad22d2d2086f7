package io.tributary.auth;

import io.tributary.config.AuthMode;
import io.vertx.core.Future;

/**
 * One authorization mode (API key, Cognito user pools, OIDC, IAM, Lambda). The
 * {@link AuthenticationChain} asks each enabled mode whether the request carries its kind of
 * credential and lets the first that claims it decide.
 */
public interface Authenticator {

  AuthMode mode();

  /** True if the request carries this mode's kind of credential (it may still be invalid). */
  boolean claims(AuthRequest request);

  /**
   * Asked when no enabled mode claimed the request: whether this mode takes a credential nobody
   * recognised (a Lambda authorizer takes any Authorization value; a JWT mode takes an unreadable
   * token so the caller learns "Unable to parse JWT token.").
   */
  default boolean claimsLeftovers(AuthRequest request) {
    return false;
  }

  /** Verifies the credential; fails with {@link UnauthorizedException} when it is not valid. */
  Future<Identity> authenticate(AuthRequest request);
}
