package io.tributary.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.auth.TestJwksServer;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real npm clients signed in with user-pool and OIDC tokens (RS256, JWKS over HTTP from the test):
 * Amplify v6 with authMode userPool and oidc (over wss://, as Amplify insists),
 * aws-appsync-subscription-link with an AMAZON_COGNITO_USER_POOLS auth object, and graphql-ws with
 * the token in connection_init. Each subscribes, receives a mutation's event, and unsubscribes.
 */
class TokenClientsInteropTest {
  private static final String SUBSCRIPTION = "subscription { onAnyPost { text owner } }";
  private static TestJwksServer issuers;
  private static TlsGateway gateway;

  @BeforeAll
  static void start() {
    issuers = new TestJwksServer();
    gateway = TlsGateway.start(TestGateway.fixture("authz"), """
          additionalModes: [AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT]
          cognito:
            userPoolId: us-east-1_TestPool
            issuer: %s
          openIdConnect:
            issuer: %s
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
  void amplifyWithAUserPoolTokenSubscribesAndReceives() {
    receivesOnePost("amplify-client.mjs", "userPool " + poolToken());
  }

  @Test
  void amplifyWithAnOidcTokenSubscribesAndReceives() {
    receivesOnePost("amplify-client.mjs",
        "oidc " + issuers.oidc().mint("olga", List.of(), "access", Duration.ofMinutes(10), null));
  }

  @Test
  void appSyncLinkWithACognitoAuthObjectSubscribesAndReceives() {
    receivesOnePost("appsync-link-403-client.mjs", "userPool " + poolToken());
    receivesOnePost("apollo-4.3/appsync-link-400-client.mjs", "userPool " + poolToken());
  }

  @Test
  void graphqlWsWithATokenInConnectionInitSubscribesAndReceives() {
    receivesOnePost("graphql-ws-client.mjs", "userPool " + poolToken());
  }

  @Test
  void aClientWithAnExpiredTokenIsRefused() {
    String expired = issuers.pool().mint("late", List.of(), "access", Duration.ofMinutes(10),
        new io.vertx.core.json.JsonObject().put("exp", System.currentTimeMillis() / 1000 - 600));
    try (NodeClient client = NodeClient.start("appsync-link-403-client.mjs", gateway.gateway().graphqlUrl(),
        SUBSCRIPTION, Map.of(), env("userPool " + expired))) {
      Await.until(Duration.ofSeconds(20), "the refusal to reach the client", () -> !client.errors().isEmpty());
      // The link surfaces the connection_error (Apollo Client wraps its plain-object error as "an
      // error of unexpected shape"); what matters is that the client is told and nothing runs.
      assertTrue(client.events().isEmpty(), client.diagnostics());
      assertEquals(0, gateway.gateway().subscriptionCount());
    }
  }

  private static String poolToken() {
    return issuers.pool().mint("user-" + UUID.randomUUID(), List.of("staff"), "access", Duration.ofMinutes(10), null);
  }

  private static Map<String, String> env(String auth) {
    return Map.of("TRIBUTARY_TEST_AUTH", auth, "NODE_EXTRA_CA_CERTS", gateway.certificatePath());
  }

  private static void receivesOnePost(String script, String auth) {
    try (NodeClient client = NodeClient.start(script, gateway.gateway().graphqlUrl(), SUBSCRIPTION, Map.of(),
        env(auth))) {
      client.awaitReady();
      Await.until("the gateway to register the subscription", () -> gateway.gateway().subscriptionCount() == 1);
      String text = "hello " + UUID.randomUUID();
      TestGateway.Response posted = gateway.post("mutation($t: String!) { post(text: $t) { text owner } }",
          Map.of("t", text));
      assertEquals(200, posted.status(), posted.body());
      client.awaitEvents(1);
      assertEquals(text, ((Map<?, ?>) ((Map<?, ?>) client.events().get(0).get("data")).get("onAnyPost")).get("text"),
          client.diagnostics());
      client.stop();
      Await.until("the gateway to drop the subscription", () -> gateway.gateway().subscriptionCount() == 0);
      assertEquals(List.of(), client.errors(), client.diagnostics());
    }
  }
}
