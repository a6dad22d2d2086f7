package io.tributary.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tributary.http.JsonCodec;
import io.tributary.testsupport.TestGateway;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OIDC's iatTTL and authTTL, and the user pool's defaultAction ALLOW vs DENY. */
class TokenPolicyTest {
  private static TestJwksServer issuers;

  @BeforeAll
  static void start() {
    issuers = new TestJwksServer();
  }

  @AfterAll
  static void stop() {
    issuers.close();
  }

  @Test
  void oidcRefusesTokensIssuedOrAuthenticatedLongerAgoThanItsTtls() {
    try (TestGateway gateway = TestGateway.start(TestGateway.fixture("authz"), """
          additionalModes: [OPENID_CONNECT]
          openIdConnect:
            issuer: %s
            iatTTL: 60s
            authTTL: 120s
        """.formatted(issuers.oidcIssuer()))) {
      long now = System.currentTimeMillis() / 1000;
      String fresh = issuers.oidc().mint("o", List.of(), "id", Duration.ofMinutes(5), null);
      String oldIat = issuers.oidc().mint("o", List.of(), "id", Duration.ofMinutes(5),
          new JsonObject().put("iat", now - 90));
      String oldAuth = issuers.oidc().mint("o", List.of(), "id", Duration.ofMinutes(5),
          new JsonObject().put("auth_time", now - 600));

      assertEquals(200, call(gateway, "{ oidcNote }", fresh).status());
      assertEquals(401, call(gateway, "{ oidcNote }", oldIat).status());
      assertEquals(401, call(gateway, "{ oidcNote }", oldAuth).status());
    }
  }

  @Test
  void denyClosesFieldsThatDoNotNameTheUserPoolAllowLeavesThemOpen() {
    String token = issuers.pool().mint("u", List.of(), "id", Duration.ofMinutes(5), null);
    for (String action : List.of("ALLOW", "DENY")) {
      try (TestGateway gateway = TestGateway.start(TestGateway.fixture("denyauthz"), """
            defaultMode: AMAZON_COGNITO_USER_POOLS
            additionalModes: [API_KEY]
            cognito:
              userPoolId: us-east-1_TestPool
              issuer: %s
              defaultAction: %s
          """.formatted(issuers.poolIssuer(), action))) {
        TestGateway.Response response = call(gateway, "{ open tagged }", token);

        assertEquals("tagged for you", response.data("tagged"), response.body());
        if (action.equals("ALLOW")) {
          assertEquals("open for you", response.data("open"), response.body());
        } else {
          assertNull(response.data("open"), response.body());
          assertEquals("Unauthorized", response.firstError().get("errorType"));
        }
      }
    }
  }

  private static TestGateway.Response call(TestGateway gateway, String query, String token) {
    return gateway.send(HttpRequest.newBuilder(gateway.graphqlUri())
        .header("content-type", "application/json")
        .header("authorization", token)
        .POST(HttpRequest.BodyPublishers.ofByteArray(JsonCodec.write(Map.of("query", query)))));
  }
}
