package io.tributary.auth;

import io.vertx.core.Future;
import java.util.List;

/**
 * The authenticate stage. Picks the mode the request's credential belongs to, in AppSync's order
 * (an {@code x-api-key} header first, then the {@code Authorization} header's kind), and lets that
 * mode verify it. A request that carries nothing any enabled mode recognises is rejected with
 * AppSync's "Valid authorization header not provided."
 *
 * <p>Order: API key, IAM (SigV4), Cognito (a {@code cognito-idp} or the pool's issuer), OIDC (the
 * configured issuer); a credential none of them claims goes to the Lambda authorizer when there is
 * one, else to the first JWT mode, which rejects it as unparsable.
 */
public final class AuthenticationChain {
  private final List<Authenticator> modes;
  private final List<Authenticator> leftoverOrder;

  /** @param modes the enabled modes, in the order they should be asked */
  public AuthenticationChain(List<Authenticator> modes) {
    this.modes = List.copyOf(modes);
    // An unrecognised credential is the Lambda authorizer's first: AppSync hands it any token.
    List<Authenticator> order = new java.util.ArrayList<>(modes);
    order.sort(java.util.Comparator.comparing(m -> m.mode() != io.tributary.config.AuthMode.AWS_LAMBDA));
    this.leftoverOrder = List.copyOf(order);
  }

  public Future<Identity> authenticate(AuthRequest request) {
    for (Authenticator mode : modes) {
      if (mode.claims(request)) {
        return mode.authenticate(request);
      }
    }
    for (Authenticator mode : leftoverOrder) {
      if (mode.claimsLeftovers(request)) {
        return mode.authenticate(request);
      }
    }
    return Future.failedFuture(new UnauthorizedException(UnauthorizedException.MISSING));
  }
}
