package io.tributary.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.auth.local.LocalIssuer;
import io.tributary.testsupport.TestGateway;
import io.tributary.http.JsonCodec;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AMAZON_COGNITO_USER_POOLS and OPENID_CONNECT with real RS256 tokens against JWKS documents
 * served over HTTP by the test, beside API_KEY on one schema: valid tokens pass with AppSync's
 * identity shape, every hostile token gets AppSync's 401 body, keys rotate without a restart, and
 * each mode reads exactly the fields its directives allow.
 */
class JwtAuthHttpTest {
  private static final String UNAUTHORIZED = "UnauthorizedException";
  private static final String WHOAMI = "{ whoami }";
  private static TestJwksServer issuers;
  private static TestGateway gateway;

  @BeforeAll
  static void start() {
    issuers = new TestJwksServer();
    gateway = TestGateway.start(TestGateway.fixture("authz"), """
          additionalModes: [AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT]
          cognito:
            userPoolId: us-east-1_TestPool
            issuer: %s
            appIdClientRegex: "tributary-local-client|second-client"
          openIdConnect:
            issuer: %s
            clientId: tributary-local-client
          jwt:
            clockSkew: 5s
            jwksMinRefreshInterval: 1ms
        """.formatted(issuers.poolIssuer(), issuers.oidcIssuer()));
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      gateway.close();
    }
    if (issuers != null) {
      issuers.close();
    }
  }

  @Test
  void aValidIdTokenPassesWithCognitosIdentityShape() {
    String token = issuers.pool().mint("ada", List.of("admins", "staff"), "id", Duration.ofMinutes(5), null);

    Map<String, Object> identity = identity(call(WHOAMI, "Bearer " + token));

    assertEquals(issuers.poolIssuer(), identity.get("issuer"));
    assertEquals("ada", identity.get("username"));
    assertEquals(List.of("admins", "staff"), identity.get("groups"));
    assertEquals("ALLOW", identity.get("defaultAuthStrategy"));
    assertEquals(List.of("127.0.0.1"), identity.get("sourceIp"));
    assertEquals(identity.get("sub"), ((Map<?, ?>) identity.get("claims")).get("sub"));
    assertEquals("id", ((Map<?, ?>) identity.get("claims")).get("token_use"));
  }

  @Test
  void anAccessTokenWithoutAudPassesOnItsClientId() {
    String token = issuers.pool().mint("bob", List.of(), "access", Duration.ofMinutes(5), null);

    Map<String, Object> identity = identity(call(WHOAMI, token));

    assertEquals("bob", identity.get("username"));
    assertNull(identity.get("groups"));
    assertNull(((Map<?, ?>) identity.get("claims")).get("aud"));
  }

  @Test
  void anOidcTokenPassesWithOidcsIdentityShape() {
    String token = issuers.oidc().mint("carol", List.of(), "id", Duration.ofMinutes(5), null);

    Map<String, Object> identity = identity(call(WHOAMI, token));

    assertEquals(issuers.oidcIssuer(), identity.get("issuer"));
    assertTrue(identity.containsKey("claims"));
    assertTrue(!identity.containsKey("username"), identity.toString());
  }

  @Test
  void algNoneIsRejected() {
    String good = issuers.pool().mint("eve", List.of("admins"), "id", Duration.ofMinutes(5), null);
    String[] parts = good.split("\\.");
    String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");

    assertUnauthorized(call(WHOAMI, header + "." + parts[1] + "."), null);
    assertUnauthorized(call(WHOAMI, header + "." + parts[1]), null);
  }

  @Test
  void hs256SignedWithThePublicKeyIsRejected() throws Exception {
    String good = issuers.pool().mint("eve", List.of("admins"), "id", Duration.ofMinutes(5), null);
    String payload = good.split("\\.")[1];
    JsonObject jwk = issuers.pool().jwks().getJsonArray("keys").getJsonObject(0);
    String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + jwk.getString("kid") + "\"}");
    // The classic key-confusion attack: the attacker knows the public key and uses it as an HMAC secret.
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(jwk.encode().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String signature = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII)));

    assertUnauthorized(call(WHOAMI, header + "." + payload + "." + signature), null);
  }

  @Test
  void anExpiredTokenIsRejectedAsExpired() {
    String token = issuers.pool().mint("old", List.of(), "id", Duration.ofMinutes(5),
        new JsonObject().put("exp", now() - 60).put("iat", now() - 3600));

    assertUnauthorized(call(WHOAMI, token), "Token has expired.");
  }

  @Test
  void aTokenExpiredWithinTheClockSkewStillPasses() {
    String token = issuers.pool().mint("skewed", List.of(), "id", Duration.ofMinutes(5),
        new JsonObject().put("exp", now() - 2));

    assertEquals("skewed", identity(call(WHOAMI, token)).get("username"));
  }

  @Test
  void aTokenNotYetValidIsRejected() {
    String token = issuers.pool().mint("early", List.of(), "id", Duration.ofMinutes(5),
        new JsonObject().put("nbf", now() + 600));

    assertUnauthorized(call(WHOAMI, token), null);
  }

  @Test
  void aTokenOfAnotherPoolIsRejected() {
    LocalIssuer otherPool = LocalIssuer.generate("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other",
        Clock.systemUTC());

    assertUnauthorized(call(WHOAMI, otherPool.mint("mallory", List.of(), "id", Duration.ofMinutes(5), null)), null);
  }

  @Test
  void aTokenOfTheRightPoolWithTheWrongIssuerClaimIsRejected() {
    // Signed by the pool's own key, but naming another issuer: the signature alone is not enough.
    String token = issuers.pool().mint("x", List.of(), "id", Duration.ofMinutes(5),
        new JsonObject().put("iss", "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other"));

    assertUnauthorized(call(WHOAMI, token), null);
  }

  @Test
  void aTokenForAnotherAppClientIsRejected() {
    String id = issuers.pool().mint("x", List.of(), "id", Duration.ofMinutes(5), new JsonObject().put("aud", "evil"));
    String access = issuers.pool().mint("x", List.of(), "access", Duration.ofMinutes(5),
        new JsonObject().put("client_id", "evil"));

    assertUnauthorized(call(WHOAMI, id), null);
    assertUnauthorized(call(WHOAMI, access), null);
  }

  @Test
  void anotherAppClientMatchingTheRegexPasses() {
    String token = issuers.pool().mint("y", List.of(), "id", Duration.ofMinutes(5),
        new JsonObject().put("aud", "second-client"));

    assertEquals("y", identity(call(WHOAMI, token)).get("username"));
  }

  @Test
  void aRefreshOrUnknownTokenUseIsRejected() {
    String token = issuers.pool().mint("x", List.of(), "id", Duration.ofMinutes(5),
        new JsonObject().put("token_use", "refresh"));

    assertUnauthorized(call(WHOAMI, token), null);
  }

  @Test
  void anOidcTokenForAnotherClientIsRejected() {
    String token = issuers.oidc().mint("x", List.of(), "id", Duration.ofMinutes(5), new JsonObject().put("aud", "other"));

    assertUnauthorized(call(WHOAMI, token), null);
  }

  @Test
  void aTamperedPayloadIsRejected() {
    String good = issuers.pool().mint("user", List.of(), "id", Duration.ofMinutes(5), null);
    String[] parts = good.split("\\.");
    JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    claims.put("cognito:groups", List.of("admins"));

    assertUnauthorized(call("{ adminNote }", parts[0] + "." + b64(claims.encode()) + "." + parts[2]), null);
  }

  @Test
  void aTruncatedTokenIsRejectedAsUnparsable() {
    String good = issuers.pool().mint("user", List.of(), "id", Duration.ofMinutes(5), null);

    assertUnauthorized(call(WHOAMI, good.substring(0, good.length() / 2)), null);
    assertUnauthorized(call(WHOAMI, "not-a-jwt"), "Unable to parse JWT token.");
    assertUnauthorized(call(WHOAMI, "a.b.c"), "Unable to parse JWT token.");
  }

  @Test
  void aHundredKilobyteHeaderIsRejectedWithoutParsing() {
    String good = issuers.pool().mint("user", List.of(), "id", Duration.ofMinutes(5), null);
    String huge = b64("{\"alg\":\"RS256\",\"pad\":\"" + "x".repeat(100_000) + "\"}");

    TestGateway.Response response = call(WHOAMI, huge + "." + good.split("\\.")[1] + ".sig");

    assertUnauthorized(response, "Unable to parse JWT token.");
    assertEquals(200, call(WHOAMI, good).status(), "the gateway still serves");
  }

  @Test
  void aTokenSignedByAKeyNotInTheJwksIsRejectedAfterOneRefresh() {
    LocalIssuer stranger = issuers.pool().rotated();
    int reads = issuers.poolReads.get();

    assertUnauthorized(call(WHOAMI, stranger.mint("x", List.of(), "id", Duration.ofMinutes(5), null)), null);
    assertEquals(reads + 1, issuers.poolReads.get(), "an unknown kid re-reads the JWKS once");
  }

  @Test
  void rotatedKeysWorkWithoutARestartAndRetiredKeysStopWorking() {
    String before = issuers.pool().mint("rot", List.of(), "id", Duration.ofMinutes(5), null);
    assertEquals(200, call(WHOAMI, before).status());

    LocalIssuer next = issuers.rotatePool();
    String after = next.mint("rot", List.of(), "id", Duration.ofMinutes(5), null);
    assertEquals("rot", identity(call(WHOAMI, after)).get("username"), "the new key is picked up");
    assertEquals(200, call(WHOAMI, before).status(), "both keys are published for now");

    issuers.retireOldPoolKeys();
    LocalIssuer third = issuers.rotatePool();
    issuers.retireOldPoolKeys();
    assertEquals(200, call(WHOAMI, third.mint("rot", List.of(), "id", Duration.ofMinutes(5), null)).status());
    assertUnauthorized(call(WHOAMI, before), null);
  }

  @Test
  void eachModeReadsExactlyTheFieldsItMay() {
    String query = "{ publicNote memberNote adminNote oidcNote profile { name salary } }";
    String admin = issuers.pool().mint("admin", List.of("admins"), "id", Duration.ofMinutes(5), null);
    String member = issuers.pool().mint("member", List.of("staff"), "id", Duration.ofMinutes(5), null);
    String oidc = issuers.oidc().mint("o", List.of(), "id", Duration.ofMinutes(5), null);

    assertEquals(Map.of("publicNote", true, "memberNote", true, "adminNote", false, "oidcNote", false,
        "profile.name", true, "profile.salary", false), readable(gateway.post(query, null)));
    assertEquals(Map.of("publicNote", false, "memberNote", true, "adminNote", true, "oidcNote", false,
        "profile.name", true, "profile.salary", true), readable(call(query, admin)));
    assertEquals(Map.of("publicNote", false, "memberNote", true, "adminNote", false, "oidcNote", false,
        "profile.name", true, "profile.salary", false), readable(call(query, member)));
    assertEquals(Map.of("publicNote", false, "memberNote", false, "adminNote", false, "oidcNote", true,
        "profile.name", false, "profile.salary", false), readable(call(query, oidc)));
  }

  @Test
  void aDeniedFieldIsNullWithAppSyncsUnauthorizedError() {
    String member = issuers.pool().mint("member", List.of(), "id", Duration.ofMinutes(5), null);

    TestGateway.Response response = call("{ memberNote adminNote }", member);

    assertEquals(200, response.status());
    assertEquals("memberNote for you", response.data("memberNote"));
    assertNull(response.data("adminNote"));
    Map<String, Object> error = response.firstError();
    assertEquals("Unauthorized", error.get("errorType"));
    assertEquals("Not Authorized to access adminNote on type Query", error.get("message"));
    assertEquals(List.of("adminNote"), error.get("path"));
  }

  /** Which of the query's fields came back with a value. */
  @SuppressWarnings("unchecked")
  private static Map<String, Boolean> readable(TestGateway.Response response) {
    assertEquals(200, response.status(), response.body());
    Map<String, Object> data = (Map<String, Object>) response.json().get("data");
    Map<String, Object> profile = data == null ? null : (Map<String, Object>) data.get("profile");
    java.util.Map<String, Boolean> out = new java.util.HashMap<>();
    for (String field : List.of("publicNote", "memberNote", "adminNote", "oidcNote")) {
      out.put(field, data != null && data.get(field) != null);
    }
    out.put("profile.name", profile != null && profile.get("name") != null);
    out.put("profile.salary", profile != null && profile.get("salary") != null);
    return out;
  }

  private static TestGateway.Response call(String query, String authorization) {
    return gateway.send(HttpRequest.newBuilder(gateway.graphqlUri())
        .header("content-type", "application/json")
        .header("authorization", authorization)
        .POST(HttpRequest.BodyPublishers.ofByteArray(JsonCodec.write(Map.of("query", query)))));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> identity(TestGateway.Response response) {
    assertEquals(200, response.status(), response.body());
    Object whoami = response.data("whoami");
    assertTrue(whoami != null, response.body());
    return (Map<String, Object>) JsonCodec.parse(whoami.toString());
  }

  private static void assertUnauthorized(TestGateway.Response response, String message) {
    assertEquals(401, response.status(), response.body());
    Map<String, Object> body = response.json();
    assertEquals(1, ((List<?>) body.get("errors")).size(), response.body());
    assertEquals(UNAUTHORIZED, response.firstError().get("errorType"), response.body());
    if (message != null) {
      assertEquals(message, response.firstError().get("message"), response.body());
    }
    assertNull(body.get("data"), response.body());
  }

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
