package io.tributary.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A development OpenID issuer inside the gateway, so Cognito-style and OIDC auth can be tried with
 * no AWS account: it keeps an RSA signing key in {@code keyFile} (created on first start), serves
 * its JWKS and discovery document under {@code /local-issuer/}, and mints tokens with the
 * {@code token} command. Never enable it in production: whoever can read the key file can sign in
 * as anyone.
 *
 * @param enabled serve the issuer and accept its tokens where a mode names {@code issuer: local}
 * @param issuer the {@code iss} of its tokens
 * @param keyFile where the signing key (a private JWK) is kept
 * @param tokenLifetime default lifetime of minted tokens
 */
public record LocalIssuerConfig(boolean enabled, String issuer, Path keyFile, Duration tokenLifetime)
    implements ConfigValidation {

  public static LocalIssuerConfig defaults() {
    return new LocalIssuerConfig(false, "http://localhost:8080/local-issuer", Path.of("data/local-issuer/signing-key.json"),
        Duration.ofHours(1));
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .notBlank("issuer", issuer)
        .positive("tokenLifetime", tokenLifetime)
        .problems();
  }
}
