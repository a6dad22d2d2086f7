package io.tributary.auth.cognito;

import io.tributary.auth.AuthRequest;
import io.tributary.auth.Authenticator;
import io.tributary.auth.Identity;
import io.tributary.auth.SourceIps;
import io.tributary.auth.UnauthorizedException;
import io.tributary.auth.jwt.JwtVerifier;
import io.tributary.auth.jwt.TokenPeek;
import io.tributary.config.AuthMode;
import io.tributary.config.CognitoConfig;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * AMAZON_COGNITO_USER_POOLS: an ID or access token of the configured pool in the
 * {@code Authorization} header (a {@code Bearer } prefix is allowed). ID tokens name their app
 * client in {@code aud}; access tokens have no {@code aud} and name it in {@code client_id}; either
 * must match {@code appIdClientRegex} when one is set.
 */
public final class CognitoAuthenticator implements Authenticator {
  private static final Logger LOG = Logger.getLogger(CognitoAuthenticator.class.getName());

  private final CognitoConfig config;
  private final String issuer;
  private final JwtVerifier verifier;
  private final Pattern clients;
  private final int maxTokenBytes;

  public CognitoAuthenticator(CognitoConfig config, String issuer, JwtVerifier verifier, int maxTokenBytes) {
    this.config = config;
    this.issuer = issuer;
    this.verifier = verifier;
    this.clients = config.appIdClientRegex() == null ? null : Pattern.compile(config.appIdClientRegex());
    this.maxTokenBytes = maxTokenBytes;
  }

  @Override
  public AuthMode mode() {
    return AuthMode.AMAZON_COGNITO_USER_POOLS;
  }

  /** A JWT naming this pool's issuer, or any Cognito issuer (it then fails with a clear reason). */
  @Override
  public boolean claims(AuthRequest request) {
    String iss = TokenPeek.issuer(request.bearerToken(), maxTokenBytes);
    if (iss == null) {
      return false;
    }
    return iss.equals(issuer) || iss.startsWith("https://cognito-idp.");
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
    if (!issuer.equals(claims.getValue("iss"))) {
      return deny("issuer " + claims.getValue("iss") + " is not " + issuer);
    }
    Object tokenUse = claims.getValue("token_use");
    String client;
    if ("id".equals(tokenUse)) {
      client = claims.getValue("aud") instanceof String aud ? aud : null;
    } else if ("access".equals(tokenUse)) {
      client = claims.getValue("client_id") instanceof String id ? id : null;
    } else {
      return deny("token_use " + tokenUse + " is neither id nor access");
    }
    if (client == null) {
      return deny("no app client id in the " + tokenUse + " token");
    }
    if (clients != null && !clients.matcher(client).matches()) {
      return deny("app client " + client + " does not match appIdClientRegex");
    }
    if (!(claims.getValue("sub") instanceof String sub)) {
      return deny("no sub");
    }
    List<String> groups = groups(claims);
    Map<String, Object> identity = new LinkedHashMap<>();
    identity.put("sub", sub);
    identity.put("issuer", issuer);
    identity.put("username", username(claims, sub));
    identity.put("claims", claims.getMap());
    identity.put("sourceIp", SourceIps.of(request));
    identity.put("defaultAuthStrategy", config.defaultAction().name());
    // groups stays null for a user in no group, as AppSync shows it (hence no Map.copyOf)
    identity.put("groups", groups);
    Set<String> groupSet = groups == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(groups));
    Instant expires = Instant.ofEpochSecond(((Number) claims.getValue("exp")).longValue());
    return Future.succeededFuture(new Identity(AuthMode.AMAZON_COGNITO_USER_POOLS, Collections.unmodifiableMap(identity),
        groupSet, Set.of(), "cognito:" + sub, expires, config.defaultAction() == CognitoConfig.DefaultAction.DENY));
  }

  private static String username(JsonObject claims, String sub) {
    if (claims.getValue("cognito:username") instanceof String name) {
      return name;
    }
    if (claims.getValue("username") instanceof String name) {
      return name;
    }
    return sub;
  }

  private static List<String> groups(JsonObject claims) {
    Object value = claims.getValue("cognito:groups");
    if (value instanceof JsonArray array) {
      return array.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
    if (value instanceof String one) {
      return List.of(one);
    }
    return null;
  }

  private static Future<Identity> deny(String reason) {
    LOG.fine(() -> "rejected a user-pool token: " + reason);
    return Future.failedFuture(new UnauthorizedException(UnauthorizedException.NOT_AUTHORIZED));
  }
}
