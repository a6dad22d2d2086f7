package io.tributary.config;

import java.time.Duration;
import java.util.List;

/**
 * OPENID_CONNECT, as AppSync's {@code openIDConnectConfig}.
 *
 * @param issuer the {@code iss} tokens must carry (a trailing slash is ignored); its
 *     {@code /.well-known/openid-configuration} names the JWKS; {@code local} uses the gateway's
 *     local issuer
 * @param clientId when set, the token's {@code aud} (or an access token's {@code client_id}) must
 *     contain it
 * @param iatTTL when positive, tokens issued longer ago than this are rejected
 * @param authTTL when positive, tokens whose {@code auth_time} is older than this are rejected
 * @param jwksUri skips discovery and reads the JWKS here
 */
public record OidcConfig(@Required String issuer, String clientId, Duration iatTTL, Duration authTTL, String jwksUri)
    implements ConfigValidation {

  public static OidcConfig defaults() {
    return new OidcConfig(null, null, Duration.ZERO, Duration.ZERO, null);
  }

  public boolean usesLocalIssuer() {
    return CognitoConfig.LOCAL.equals(issuer);
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .require(!iatTTL.isNegative(), "iatTTL", "must not be negative")
        .require(!authTTL.isNegative(), "authTTL", "must not be negative")
        .require(usesLocalIssuer() || issuer.startsWith("https://") || issuer.startsWith("http://"), "issuer",
            "must be an http(s) URL or 'local', got '" + issuer + "'")
        .problems();
  }
}
