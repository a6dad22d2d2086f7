package io.tributary.auth.jwt;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
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

  /** A verified token is trusted from the cache at most this long (so a retired key stops working). */
  private static final Duration MAX_CACHED = Duration.ofMinutes(5);

  private final KeyCache keys;
  private final Clock clock;
  private final long skewSeconds;
  private final int maxTokenBytes;
  /**
   * Tokens whose signature already checked out, keyed by the whole token text (so any change to a
   * token misses). Clients send the same token on every request for its lifetime; an RSA check per
   * request would cost several times the rest of the request. Time claims are re-checked on every
   * hit; entries leave at the token's exp or after MAX_CACHED, whichever is first.
   */
  private final Cache<String, Verified> verified;

  /** A token that checked out, and the key that signed it. */
  private record Verified(JsonObject claims, String kid) {}

  public JwtVerifier(KeyCache keys, Clock clock, Duration clockSkew, int maxTokenBytes) {
    this.keys = keys;
    this.clock = clock;
    this.skewSeconds = clockSkew.toSeconds();
    this.maxTokenBytes = maxTokenBytes;
    this.verified = Caffeine.newBuilder()
        .maximumSize(50_000)
        .expireAfter(Expiry.<String, Verified>creating((token, known) -> lifetime(known.claims())))
        .build();
  }

  private Duration lifetime(JsonObject claims) {
    Long exp = numericDate(claims, "exp");
    long left = exp == null ? 0 : exp + skewSeconds - clock.instant().getEpochSecond();
    return Duration.ofSeconds(Math.max(0, Math.min(left, MAX_CACHED.toSeconds())));
  }

  /** The verified claims, or a failed future with {@link UnauthorizedException}. */
  public Future<JsonObject> verify(String token) {
    if (token == null || token.isEmpty() || token.length() > maxTokenBytes) {
      return reject(UNPARSABLE, "token missing or longer than " + maxTokenBytes + " bytes");
    }
    Verified known = verified.getIfPresent(token);
    if (known != null) {
      if (keys.stillPublished(known.kid())) {
        return timeChecks(known.claims());
      }
      // its key has left the issuer's JWKS since: check again (and fail)
      verified.invalidate(token);
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
    Future<JsonObject> checked = timeChecks(claims);
    if (checked.succeeded()) {
      verified.put(token, new Verified(claims, kid));
    }
    return checked;
  }

  private Future<JsonObject> timeChecks(JsonObject claims) {
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
