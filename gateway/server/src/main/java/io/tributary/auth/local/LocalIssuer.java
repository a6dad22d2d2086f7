package io.tributary.auth.local;

import io.tributary.auth.jwt.JwksSource;
import io.tributary.auth.jwt.JwtKeys;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.impl.jose.JWK;
import io.vertx.ext.auth.impl.jose.JWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The development issuer: one RSA key (kept as a private JWK in a file so tokens survive restarts
 * and the {@code token} command can mint them without a running gateway), tokens shaped like
 * Cognito's (ID tokens with {@code aud}, access tokens with {@code client_id}, {@code cognito:groups},
 * {@code cognito:username}) so the same token works for a Cognito-mode and an OIDC-mode API, and the
 * JWKS of its public half. Also the in-process {@link JwksSource} behind {@code issuer: local}.
 */
public final class LocalIssuer implements JwksSource {
  /** The app client id of local tokens (what appIdClientRegex and OIDC clientId see). */
  public static final String CLIENT_ID = "tributary-local-client";

  private final String issuer;
  private final JsonObject privateJwk;
  private final JsonObject publicJwk;
  private final JWT signer;
  private final Clock clock;

  private LocalIssuer(String issuer, JsonObject privateJwk, Clock clock) {
    this.issuer = issuer;
    this.privateJwk = privateJwk;
    this.publicJwk = publicHalf(privateJwk);
    this.signer = new JWT().addJWK(new JWK(privateJwk));
    this.clock = clock;
  }

  /** A fresh key held only in memory (tests). */
  public static LocalIssuer generate(String issuer, Clock clock) {
    return new LocalIssuer(issuer, newKey(), clock);
  }

  /** The key in {@code keyFile}, created (owner-readable only) when missing. */
  public static LocalIssuer open(String issuer, Path keyFile, Clock clock) {
    try {
      if (Files.exists(keyFile)) {
        return new LocalIssuer(issuer, new JsonObject(Files.readString(keyFile)), clock);
      }
      JsonObject key = newKey();
      Path dir = keyFile.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "signing-key", ".tmp");
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // not a POSIX file system; the file keeps the directory's permissions
      }
      Files.writeString(tmp, key.encodePrettily(), StandardCharsets.UTF_8);
      Files.move(tmp, keyFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return new LocalIssuer(issuer, key, clock);
    } catch (IOException e) {
      throw new UncheckedIOException("local issuer: cannot read or create " + keyFile, e);
    }
  }

  /** A copy with a new signing key (tests of key rotation). */
  public LocalIssuer rotated() {
    return new LocalIssuer(issuer, newKey(), clock);
  }

  public String issuer() {
    return issuer;
  }

  public String keyId() {
    return publicJwk.getString("kid");
  }

  /** The JWKS document ({@code {"keys":[…]}}) with the public key only. */
  public JsonObject jwks() {
    return new JsonObject().put("keys", new JsonArray().add(publicJwk.copy()));
  }

  /** The OpenID discovery document, with the JWKS at {@code jwksUri}. */
  public JsonObject discovery(String jwksUri) {
    return new JsonObject().put("issuer", issuer).put("jwks_uri", jwksUri)
        .put("id_token_signing_alg_values_supported", new JsonArray().add("RS256"))
        .put("response_types_supported", new JsonArray().add("id_token"))
        .put("subject_types_supported", new JsonArray().add("public"));
  }

  /**
   * Mints a token.
   *
   * @param tokenUse {@code id} or {@code access}
   */
  public String mint(String username, List<String> groups, String tokenUse, Duration lifetime, JsonObject extraClaims) {
    long now = clock.instant().getEpochSecond();
    JsonObject claims = new JsonObject()
        .put("sub", UUID.nameUUIDFromBytes(("local:" + username).getBytes(StandardCharsets.UTF_8)).toString())
        .put("iss", issuer)
        .put("token_use", tokenUse)
        .put("auth_time", now)
        .put("iat", now)
        .put("exp", now + lifetime.toSeconds())
        .put("jti", UUID.randomUUID().toString());
    if ("id".equals(tokenUse)) {
      claims.put("aud", CLIENT_ID).put("cognito:username", username);
    } else {
      claims.put("client_id", CLIENT_ID).put("username", username).put("scope", "aws.cognito.signin.user.admin");
    }
    if (groups != null && !groups.isEmpty()) {
      claims.put("cognito:groups", new JsonArray(List.copyOf(groups)));
    }
    if (extraClaims != null) {
      claims.mergeIn(extraClaims);
    }
    return signer.sign(claims, new JWTOptions().setAlgorithm("RS256").setNoTimestamp(true));
  }

  @Override
  public Future<JwtKeys> fetch() {
    return Future.succeededFuture(JwtKeys.of(jwks(), clock.instant()));
  }

  @Override
  public String describe() {
    return "the local issuer";
  }

  private static JsonObject newKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      RSAPrivateCrtKey key = (RSAPrivateCrtKey) pair.getPrivate();
      return new JsonObject()
          .put("kty", "RSA").put("use", "sig").put("alg", "RS256").put("kid", UUID.randomUUID().toString())
          .put("n", b64(key.getModulus())).put("e", b64(key.getPublicExponent()))
          .put("d", b64(key.getPrivateExponent())).put("p", b64(key.getPrimeP())).put("q", b64(key.getPrimeQ()))
          .put("dp", b64(key.getPrimeExponentP())).put("dq", b64(key.getPrimeExponentQ()))
          .put("qi", b64(key.getCrtCoefficient()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate an RSA key", e);
    }
  }

  private static JsonObject publicHalf(JsonObject jwk) {
    return new JsonObject().put("kty", "RSA").put("use", "sig").put("alg", jwk.getString("alg", "RS256"))
        .put("kid", jwk.getString("kid")).put("n", jwk.getString("n")).put("e", jwk.getString("e"));
  }

  /** Unsigned big-endian, base64url without padding (RFC 7518 §6.3). */
  private static String b64(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
