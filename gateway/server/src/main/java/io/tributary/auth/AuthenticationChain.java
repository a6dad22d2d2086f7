package io.tributary.auth;

import io.vertx.core.Future;
import java.util.List;

/**
 * The authenticate stage. Picks the mode the request's credential belongs to, in AppSync's order
 * (an {@code x-api-key} header first, then the {@code Authorization} header's kind), and lets that
 * mode verify it. A request that carries nothing any enabled mode recognises is rejected with
 * AppSync's "Valid authorization header not provided."
 */
public final class AuthenticationChain {
  private final List<Authenticator> modes;

  /** @param modes the enabled modes, in the order they should be asked */
  public AuthenticationChain(List<Authenticator> modes) {
    this.modes = List.copyOf(modes);
  }

  public Future<Identity> authenticate(AuthRequest request) {
    for (Authenticator mode : modes) {
      if (mode.claims(request)) {
        return mode.authenticate(request);
      }
    }
    return Future.failedFuture(new UnauthorizedException(UnauthorizedException.MISSING));
  }
}
