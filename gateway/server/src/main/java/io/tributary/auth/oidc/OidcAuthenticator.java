package io.tributary.auth.oidc;

import io.tributary.auth.AuthRequest;
import io.tributary.auth.Authenticator;
import io.tributary.auth.Identity;
import io.tributary.auth.SourceIps;
import io.tributary.auth.UnauthorizedException;
import io.tributary.auth.jwt.JwtVerifier;
import io.tributary.auth.jwt.TokenPeek;
import io.tributary.config.AuthMode;
import io.tributary.config.OidcConfig;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * OPENID_CONNECT: a JWT from the configured issuer in the {@code Authorization} header, checked as
 * AppSync's openIDConnectConfig does: issuer (trailing slash ignored), client id against
 * {@code aud} (or an access token's {@code client_id}/{@code azp}), {@code iatTTL} and
 * {@code authTTL}.
 */
public final class OidcAuthenticator implements Authenticator {
  private static final Logger LOG = Logger.getLogger(OidcAuthenticator.class.getName());

  private final OidcConfig config;
  private final String issuer;
  private final JwtVerifier verifier;
  private final Clock clock;
  private final int maxTokenBytes;

  public OidcAuthenticator(OidcConfig config, String issuer, JwtVerifier verifier, Clock clock, int maxTokenBytes) {
    this.config = config;
    this.issuer = trimSlash(issuer);
    this.verifier = verifier;
    this.clock = clock;
    this.maxTokenBytes = maxTokenBytes;
  }

  @Override
  public AuthMode mode() {
    return AuthMode.OPENID_CONNECT;
  }

  @Override
  public boolean claims(AuthRequest request) {
    String iss = TokenPeek.issuer(request.bearerToken(), maxTokenBytes);
    return iss != null && trimSlash(iss).equals(issuer);
  }

  @Override
  public boolean claimsLeftovers(AuthRequest request) {
    return request.header("authorization") != null;
  }

  @Override
  public Future<Identity> authenticate(AuthRequest request) {
    return verifier.verify(request.bearerToken()).compose(claims -> identity(claims, request));
  }

  private Future<Identity> identity(JsonObject claims, AuthRequest request) {
    if (!(claims.getValue("iss") instanceof String iss) || !trimSlash(iss).equals(issuer)) {
      return deny("issuer " + claims.getValue("iss") + " is not " + issuer);
    }
    if (config.clientId() != null && !namesClient(claims, config.clientId())) {
      return deny("token is not for client " + config.clientId());
    }
    long now = clock.instant().getEpochSecond();
    if (!config.iatTTL().isZero()) {
      Object iat = claims.getValue("iat");
      if (!(iat instanceof Number n) || now - n.longValue() > config.iatTTL().toSeconds()) {
        return deny("issued longer ago than iatTTL");
      }
    }
    if (!config.authTTL().isZero()) {
      Object authTime = claims.getValue("auth_time");
      if (!(authTime instanceof Number n) || now - n.longValue() > config.authTTL().toSeconds()) {
        return deny("authenticated longer ago than authTTL");
      }
    }
    if (!(claims.getValue("sub") instanceof String sub)) {
      return deny("no sub");
    }
    Map<String, Object> identity = new LinkedHashMap<>();
    identity.put("sub", sub);
    identity.put("issuer", claims.getString("iss"));
    identity.put("claims", claims.getMap());
    identity.put("sourceIp", SourceIps.of(request));
    Instant expires = Instant.ofEpochSecond(((Number) claims.getValue("exp")).longValue());
    return Future.succeededFuture(new Identity(AuthMode.OPENID_CONNECT, Collections.unmodifiableMap(identity),
        groups(claims), Set.of(), "oidc:" + issuer + ":" + sub, expires, false));
  }

  private static boolean namesClient(JsonObject claims, String clientId) {
    Object aud = claims.getValue("aud");
    if (aud instanceof String one && one.equals(clientId)) {
      return true;
    }
    if (aud instanceof JsonArray many && many.contains(clientId)) {
      return true;
    }
    return clientId.equals(claims.getValue("client_id")) || clientId.equals(claims.getValue("azp"));
  }

  private static Set<String> groups(JsonObject claims) {
    Object value = claims.getValue("groups");
    if (value instanceof JsonArray array) {
      Set<String> groups = new LinkedHashSet<>();
      array.forEach(g -> {
        if (g instanceof String s) {
          groups.add(s);
        }
      });
      return Set.copyOf(groups);
    }
    return Set.of();
  }

  static String trimSlash(String issuer) {
    return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
  }

  private static Future<Identity> deny(String reason) {
    LOG.fine(() -> "rejected an OIDC token: " + reason);
    return Future.failedFuture(new UnauthorizedException(UnauthorizedException.NOT_AUTHORIZED));
  }
}
