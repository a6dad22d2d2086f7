package io.tributary.config;

import java.time.Duration;
import java.util.List;

/**
 * How JWTs (Cognito and OIDC) are checked.
 *
 * @param clockSkew allowance on {@code exp}, {@code nbf} and {@code iat}
 * @param jwksMinRefreshInterval least time between two re-reads of a JWKS caused by unknown key ids
 * @param jwksMaxAge a cached JWKS older than this is re-read in the background
 * @param jwksTimeout connect and read timeout for JWKS and discovery requests
 * @param maxTokenBytes longer Authorization values are rejected before any parsing
 */
public record JwtConfig(Duration clockSkew, Duration jwksMinRefreshInterval, Duration jwksMaxAge,
    Duration jwksTimeout, int maxTokenBytes) implements ConfigValidation {

  public static JwtConfig defaults() {
    return new JwtConfig(Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofSeconds(5),
        16_384);
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .require(!clockSkew.isNegative(), "clockSkew", "must not be negative")
        .positive("jwksMinRefreshInterval", jwksMinRefreshInterval)
        .positive("jwksMaxAge", jwksMaxAge)
        .positive("jwksTimeout", jwksTimeout)
        .range("maxTokenBytes", maxTokenBytes, 512, 1 << 20)
        .problems();
  }
}
