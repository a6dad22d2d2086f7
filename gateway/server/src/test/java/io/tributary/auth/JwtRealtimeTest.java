package io.tributary.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.http.JsonCodec;
import io.tributary.testsupport.AppSyncWsClient;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * User-pool tokens on the AppSync real-time protocol: in the handshake and per start, subscription
 * fields obeying the same rules as queries, identity-based filters, and a token that expires
 * ending its subscription.
 */
class JwtRealtimeTest {
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
          openIdConnect:
            issuer: %s
          jwt:
            clockSkew: 0s
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
  void aUserPoolTokenInTheHandshakeSubscribesAndOnlyItsOwnPostsArrive() {
    String ada = token("ada", Duration.ofMinutes(5));
    String bob = token("bob", Duration.ofMinutes(5));
    try (AppSyncWsClient client = AppSyncWsClient.connectWith(gateway.gateway().realtimeUrl(), header(ada))) {
      Map<String, Object> ack = client.startWith("mine", "subscription { onMyPost { text owner } }", Map.of(), null);
      assertEquals("start_ack", ack.get("type"), ack.toString());

      post("from bob", bob);
      post("from ada", ada);

      Await.until("ada's post", () -> client.data("mine").size() == 1);
      assertEquals("from ada", field(client.data("mine").get(0), "onMyPost").get("text"));
      post("ada again", ada);
      Await.until("ada's second post", () -> client.data("mine").size() == 2);
      assertEquals("ada again", field(client.data("mine").get(1), "onMyPost").get("text"));
    }
  }

  @Test
  void aPerStartTokenAuthorizesThatSubscriptionOnAnApiKeyConnection() {
    try (AppSyncWsClient client = AppSyncWsClient.connect(gateway.gateway().realtimeUrl(), TestGateway.API_KEY)) {
      // onMyPost names only the user pool: the connection's API key may not subscribe to it.
      Map<String, Object> refused = client.start("by-key", "subscription { onMyPost { text } }", Map.of(),
          TestGateway.API_KEY);
      assertEquals("error", refused.get("type"), refused.toString());
      assertTrue(refused.toString().contains("Unauthorized"), refused.toString());

      Map<String, Object> ack = client.startWith("by-token", "subscription { onMyPost { text } }", Map.of(),
          header(token("carol", Duration.ofMinutes(5))));
      assertEquals("start_ack", ack.get("type"), ack.toString());
    }
  }

  @Test
  void aBadTokenInTheHandshakeGetsAConnectionError() {
    try (AppSyncWsClient client = connectExpectingRefusal(header("not-a-jwt"))) {
      Await.until("the connection error", () -> client.find("connection_error", null) != null);
      assertTrue(client.find("connection_error", null).toString().contains("UnauthorizedException"));
    }
  }

  @Test
  void aSubscriptionEndsWhenItsTokenExpires() {
    String shortLived = issuers.pool().mint("dora", List.of(), "id", Duration.ofSeconds(6), null);
    try (AppSyncWsClient client = AppSyncWsClient.connect(gateway.gateway().realtimeUrl(), TestGateway.API_KEY)) {
      Map<String, Object> ack = client.startWith("short", "subscription { onPost { text } }", Map.of(),
          header(shortLived));
      assertEquals("start_ack", ack.get("type"), ack.toString());
      post("while valid", token("x", Duration.ofMinutes(5)));
      Await.until("the event while the token is valid", () -> client.data("short").size() == 1);

      Await.until(Duration.ofSeconds(20), "the expiry error", () -> client.find("error", "short") != null);
      assertTrue(client.find("error", "short").toString().contains("Token has expired."),
          client.find("error", "short").toString());
      Await.until("the gateway to drop the subscription", () -> gateway.gateway().subscriptionCount() == 0);
      post("after expiry", token("x", Duration.ofMinutes(5)));
      // A later event on a live subscription of the same connection proves delivery still runs.
      Map<String, Object> second = client.start("key", "subscription { onPost { text } }", Map.of(),
          TestGateway.API_KEY);
      assertEquals("start_ack", second.get("type"));
      post("for the key", token("x", Duration.ofMinutes(5)));
      // The "after expiry" event may still be on its way when "key" starts, so wait for the last one.
      Await.until(Duration.ofSeconds(30), "the key subscription's event",
          () -> client.data("key").toString().contains("for the key"));
      assertEquals(1, client.data("short").size(), "nothing after expiry: " + client.frames());
    }
  }

  private static AppSyncWsClient connectExpectingRefusal(Map<String, Object> header) {
    try {
      return AppSyncWsClient.openWith(gateway.gateway().realtimeUrl(), header);
    } catch (IllegalStateException e) {
      throw new AssertionError("the handshake should be answered with connection_error, not fail", e);
    }
  }

  private static String token(String user, Duration lifetime) {
    return issuers.pool().mint(user, List.of(), "id", lifetime, new JsonObject());
  }

  private static Map<String, Object> header(String token) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("host", "localhost");
    header.put("Authorization", token);
    return header;
  }

  private static void post(String text, String token) {
    TestGateway.Response response = gateway.send(HttpRequest.newBuilder(gateway.graphqlUri())
        .header("content-type", "application/json")
        .header("authorization", token)
        .POST(HttpRequest.BodyPublishers.ofByteArray(JsonCodec.write(Map.of(
            "query", "mutation($t: String!) { post(text: $t) { text owner } }", "variables", Map.of("t", text))))));
    assertEquals(200, response.status(), response.body());
    assertTrue(response.body().contains(text), response.body());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> field(Map<String, Object> payload, String name) {
    return (Map<String, Object>) ((Map<String, Object>) payload.get("data")).get(name);
  }
}
