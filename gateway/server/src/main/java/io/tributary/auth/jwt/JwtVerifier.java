package io.tributary.auth.jwt;

import io.tributary.auth.UnauthorizedException;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.impl.jose.JWT;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks a JWT's signature (vertx-auth's JOSE implementation, against the issuer's cached JWKS) and
 * its time claims ({@code exp}, {@code nbf}, {@code iat}) with a clock-skew allowance. Issuer,
 * audience and token-use rules differ between Cognito and OIDC and are checked by their
 * authenticators on the verified claims.
 *
 * <p>Rejections carry AppSync's messages; the precise reason is only logged.
 */
public final class JwtVerifier {
  private static final Logger LOG = Logger.getLogger(JwtVerifier.class.getName());
  /** Asymmetric algorithms only: an HMAC "signature" made with a public key proves nothing. */
  private static final Set<String> ALGORITHMS = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
      "ES256", "ES384", "ES512");
  public static final String UNPARSABLE = "Unable to parse JWT token.";
  public static final String EXPIRED = "Token has expired.";

  private final KeyCache keys;
  private final Clock clock;
  private final long skewSeconds;
  private final int maxTokenBytes;

  public JwtVerifier(KeyCache keys, Clock clock, Duration clockSkew, int maxTokenBytes) {
    this.keys = keys;
    this.clock = clock;
    this.skewSeconds = clockSkew.toSeconds();
    this.maxTokenBytes = maxTokenBytes;
  }

  /** Peeks at the unverified claims, for mode detection only (which issuer a token names). */
  public static JsonObject unverifiedClaims(String token, int maxTokenBytes) {
    if (token == null || token.length() > maxTokenBytes) {
      return null;
    }
    try {
      return JWT.parse(token).getJsonObject("payload");
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The verified claims, or a failed future with {@link UnauthorizedException}. */
  public Future<JsonObject> verify(String token) {
    if (token == null || token.isEmpty() || token.length() > maxTokenBytes) {
      return reject(UNPARSABLE, "token missing or longer than " + maxTokenBytes + " bytes");
    }
    JsonObject header;
    try {
      JsonObject parsed = JWT.parse(token);
      header = parsed.getJsonObject("header");
      if (parsed.getString("signature") == null || parsed.getString("signature").isEmpty()) {
        return reject(UNPARSABLE, "unsigned token");
      }
    } catch (RuntimeException e) {
      return reject(UNPARSABLE, "malformed token: " + e.getMessage());
    }
    Object alg = header.getValue("alg");
    if (!(alg instanceof String name) || !ALGORITHMS.contains(name)) {
      return reject(UnauthorizedException.NOT_AUTHORIZED, "algorithm " + alg + " is not accepted");
    }
    Object kidValue = header.getValue("kid");
    String kid = kidValue instanceof String s ? s : null;
    return keys.keysFor(kid).recover(e -> reject(UnauthorizedException.NOT_AUTHORIZED,
            "signing keys unavailable: " + e.getMessage()))
        .compose(set -> check(token, kid, set));
  }

  private Future<JsonObject> check(String token, String kid, JwtKeys set) {
    if (!set.covers(kid)) {
      return reject(UnauthorizedException.NOT_AUTHORIZED, "no signing key with kid " + kid);
    }
    JsonObject claims;
    try {
      claims = set.verifier().decode(token);
    } catch (Exception e) {
      return reject(UnauthorizedException.NOT_AUTHORIZED, "signature check failed: " + e.getMessage());
    }
    long now = clock.instant().getEpochSecond();
    Long exp = numericDate(claims, "exp");
    if (exp == null) {
      return reject(UnauthorizedException.NOT_AUTHORIZED, "token has no exp");
    }
    if (now - skewSeconds >= exp) {
      return reject(EXPIRED, "expired at " + exp);
    }
    Long nbf = numericDate(claims, "nbf");
    if (nbf != null && nbf > now + skewSeconds) {
      return reject(UnauthorizedException.NOT_AUTHORIZED, "not valid before " + nbf);
    }
    Long iat = numericDate(claims, "iat");
    if (iat != null && iat > now + skewSeconds) {
      return reject(UnauthorizedException.NOT_AUTHORIZED, "issued in the future (" + iat + ")");
    }
    return Future.succeededFuture(claims);
  }

  /** A NumericDate claim, or null when absent; a non-numeric value counts as absent-and-bad. */
  static Long numericDate(JsonObject claims, String name) {
    Object value = claims.getValue(name);
    return value instanceof Number n ? n.longValue() : null;
  }

  private static <T> Future<T> reject(String message, String reason) {
    LOG.fine(() -> "rejected a JWT: " + reason);
    return Future.failedFuture(new UnauthorizedException(message));
  }
}
