package io.tributary.auth.jwt;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.impl.jose.JWT;
import java.time.Duration;

/**
 * The unverified {@code iss} of a token, for mode detection only (which authenticator gets it).
 * Clients resend the same token for its whole life, so the base64 + JSON work is done once per
 * token; nothing here is trusted: the chosen authenticator verifies the signature.
 */
public final class TokenPeek {
  private static final String UNREADABLE = "";
  private static final Cache<String, String> ISSUERS = Caffeine.newBuilder()
      .maximumSize(20_000)
      .expireAfterWrite(Duration.ofMinutes(10))
      .build();

  private TokenPeek() {}

  /** The token's {@code iss}, or null when it is not a readable JWT (or is too long). */
  public static String issuer(String token, int maxTokenBytes) {
    if (token == null || token.length() > maxTokenBytes) {
      return null;
    }
    String known = ISSUERS.getIfPresent(token);
    if (known == null) {
      known = read(token);
      ISSUERS.put(token, known);
    }
    return known == UNREADABLE ? null : known;
  }

  private static String read(String token) {
    try {
      JsonObject payload = JWT.parse(token).getJsonObject("payload");
      return payload != null && payload.getValue("iss") instanceof String iss ? iss : UNREADABLE;
    } catch (RuntimeException e) {
      return UNREADABLE;
    }
  }
}
