package io.tributary.auth.jwt;

import io.vertx.core.Future;

/**
 * Where an issuer's signing keys come from: the issuer's JWKS over HTTP(S) ({@link HttpJwksSource})
 * or, for the embedded default, the gateway's own local issuer.
 */
public interface JwksSource {

  /** Reads the current key set once (no caching here; {@link KeyCache} caches). */
  Future<JwtKeys> fetch();

  /** For logs: where the keys come from. */
  String describe();
}
