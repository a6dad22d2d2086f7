package io.tributary.auth.jwt;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.impl.jose.JWK;
import io.vertx.ext.auth.impl.jose.JWT;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * One immutable snapshot of an issuer's signing keys (a JWKS document) with the vertx-auth verifier
 * built from it. Keys that are not signature keys or cannot be loaded are skipped, so one odd entry
 * in a provider's JWKS does not lock every user out.
 *
 * @param verifier vertx-auth's JOSE verifier holding exactly these public keys
 * @param kids the key ids present
 * @param fetchedAt when the document was read
 */
public record JwtKeys(JWT verifier, Set<String> kids, int size, Instant fetchedAt) {
  private static final Logger LOG = Logger.getLogger(JwtKeys.class.getName());

  /** Builds the snapshot from a JWKS document ({@code {"keys":[…]}}). */
  public static JwtKeys of(JsonObject jwks, Instant fetchedAt) {
    Object keys = jwks.getValue("keys");
    if (!(keys instanceof JsonArray array)) {
      throw new IllegalArgumentException("JWKS document has no \"keys\" array");
    }
    JWT verifier = new JWT();
    Set<String> kids = new HashSet<>();
    int loaded = 0;
    List<String> skipped = new ArrayList<>();
    for (Object entry : array) {
      if (!(entry instanceof JsonObject key)) {
        continue;
      }
      String use = key.getString("use");
      if (use != null && !"sig".equals(use)) {
        continue;
      }
      // Private members must never be in a published JWKS; keep only what verification needs.
      JsonObject publicOnly = key.copy();
      for (String secret : List.of("d", "p", "q", "dp", "dq", "qi", "k")) {
        publicOnly.remove(secret);
      }
      if (publicOnly.getString("alg") == null) {
        // Some providers (Azure AD among them) publish keys without "alg"; infer the usual one.
        String alg = defaultAlgorithm(publicOnly);
        if (alg != null) {
          publicOnly.put("alg", alg);
        }
      }
      if ("oct".equals(key.getString("kty"))) {
        // A symmetric key in a JWKS would let anyone who reads the JWKS sign tokens.
        skipped.add(String.valueOf(key.getString("kid")));
        continue;
      }
      try {
        verifier.addJWK(new JWK(publicOnly));
        loaded++;
        if (key.getString("kid") != null) {
          kids.add(key.getString("kid"));
        }
      } catch (RuntimeException e) {
        skipped.add(key.getString("kid") + " (" + e.getMessage() + ")");
      }
    }
    if (!skipped.isEmpty()) {
      LOG.warning("JWKS: skipped keys " + skipped);
    }
    return new JwtKeys(verifier, Set.copyOf(kids), loaded, fetchedAt);
  }

  private static String defaultAlgorithm(JsonObject key) {
    String kty = key.getString("kty");
    if ("RSA".equals(kty)) {
      return "RS256";
    }
    if ("EC".equals(kty)) {
      return switch (String.valueOf(key.getString("crv"))) {
        case "P-256" -> "ES256";
        case "P-384" -> "ES384";
        case "P-521" -> "ES512";
        default -> null;
      };
    }
    return null;
  }

  /** Whether a token's {@code kid} (null: any key may match) can be checked against this set. */
  public boolean covers(String kid) {
    return kid == null ? size > 0 : kids.contains(kid);
  }
}
