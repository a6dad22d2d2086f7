package io.tributary.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.http.JsonCodec;
import io.tributary.testsupport.AppSyncWsClient;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AWS_IAM: requests signed by the AWS SDK's SigV4 signer pass with AppSync's IAM identity; a wrong
 * secret, a stale date, an altered body, a replay to another path, a missing session token and a
 * wrong region each get AppSync's 401; IAM callers read exactly the @aws_iam fields, over HTTP and
 * the real-time protocol (handshake and per-start signatures).
 */
class IamAuthTest {
  private static final String KEY = "AKIATRIBUTARYTEST01";
  private static final String SECRET = "tributary-test-secret-000000000000000000";
  private static final String TEMP_KEY = "ASIATRIBUTARYTEMP01";
  private static final String TEMP_SECRET = "tributary-temp-secret-00000000000000000";
  private static final String SESSION = "session-token-abc";
  private static TestGateway gateway;

  @BeforeAll
  static void start() {
    gateway = TestGateway.start(TestGateway.fixture("authz"), """
          additionalModes: [AWS_IAM, AMAZON_COGNITO_USER_POOLS]
          cognito:
            userPoolId: us-east-1_Unused
          iam:
            region: us-east-1
            credentials:
              - accessKeyId: %s
                secretAccessKey: %s
                accountId: "111122223333"
                userArn: arn:aws:iam::111122223333:user/ci
              - accessKeyId: %s
                secretAccessKey: %s
                sessionToken: %s
                accountId: "111122223333"
                cognitoIdentityPoolId: us-east-1:pool
                cognitoIdentityId: us-east-1:identity
                cognitoIdentityAuthType: authenticated
        """.formatted(KEY, SECRET, TEMP_KEY, TEMP_SECRET, SESSION));
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  void aSignedRequestPassesWithAppSyncsIamIdentity() {
    TestGateway.Response response = signedCall("{ whoami }", KEY, SECRET, null, Instant.now(), "/graphql");

    assertEquals(200, response.status(), response.body());
    Map<String, Object> identity = cast(JsonCodec.parse(response.data("whoami").toString()));
    assertEquals("111122223333", identity.get("accountId"));
    assertEquals("arn:aws:iam::111122223333:user/ci", identity.get("userArn"));
    assertEquals(KEY, identity.get("username"));
    assertEquals(List.of("127.0.0.1"), identity.get("sourceIp"));
    assertTrue(identity.containsKey("cognitoIdentityPoolId"), identity.toString());
  }

  @Test
  void temporaryCredentialsNeedTheirSessionToken() {
    TestGateway.Response ok = signedCall("{ whoami }", TEMP_KEY, TEMP_SECRET, SESSION, Instant.now(), "/graphql");
    assertEquals("authenticated", cast(JsonCodec.parse(ok.data("whoami").toString())).get("cognitoIdentityAuthType"));

    assertUnauthorized(signedCall("{ whoami }", TEMP_KEY, TEMP_SECRET, null, Instant.now(), "/graphql"));
    assertUnauthorized(signedCall("{ whoami }", TEMP_KEY, TEMP_SECRET, "other-token", Instant.now(), "/graphql"));
  }

  @Test
  void aWrongSecretIsRejected() {
    assertUnauthorized(signedCall("{ whoami }", KEY, "not-the-secret", null, Instant.now(), "/graphql"));
    assertUnauthorized(signedCall("{ whoami }", "AKIAUNKNOWN", SECRET, null, Instant.now(), "/graphql"));
  }

  @Test
  void aStaleDateIsRejected() {
    assertUnauthorized(signedCall("{ whoami }", KEY, SECRET, null, Instant.now().minus(Duration.ofMinutes(10)),
        "/graphql"));
    assertUnauthorized(signedCall("{ whoami }", KEY, SECRET, null, Instant.now().plus(Duration.ofMinutes(10)),
        "/graphql"));
  }

  @Test
  void anAlteredBodyIsRejected() {
    String signedBody = JsonCodec.writeString(Map.of("query", "{ whoami }"));
    Map<String, String> headers = SigV4Signer.sign(host(), "/graphql", signedBody, KEY, SECRET, null, Instant.now());

    assertUnauthorized(send(headers, JsonCodec.writeString(Map.of("query", "{ iamNote }"))));
    assertEquals(200, send(headers, signedBody).status(), "the unaltered request passes");
  }

  @Test
  void aSignatureForAnotherPathIsRejected() {
    assertUnauthorized(signedCall("{ whoami }", KEY, SECRET, null, Instant.now(), "/graphql/connect"));
  }

  @Test
  void aMalformedSigV4HeaderIsRejected() {
    assertUnauthorized(gateway.send(HttpRequest.newBuilder(gateway.graphqlUri())
        .version(HttpClient.Version.HTTP_1_1)
        .header("content-type", "application/json")
        .header("authorization", "AWS4-HMAC-SHA256 Credential=garbage")
        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ whoami }\"}"))));
  }

  @Test
  void eachModeReadsExactlyItsFields() {
    String query = "{ publicNote memberNote iamNote }";
    assertEquals(Set.of("publicNote", "memberNote"), readable(gateway.post(query, null)));
    assertEquals(Set.of("iamNote"), readable(signedCall(query, KEY, SECRET, null, Instant.now(), "/graphql")));
  }

  @Test
  void iamSignaturesAuthenticateTheRealtimeHandshakeAndEachStart() {
    String realtime = gateway.gateway().realtimeUrl();
    Map<String, Object> connect = new LinkedHashMap<>(SigV4Signer.sign(host(), "/graphql/connect", "{}", KEY, SECRET,
        null, Instant.now()));
    try (AppSyncWsClient client = AppSyncWsClient.connectWith(realtime, connect)) {
      Map<String, Object> ack = client.startWith("iam", "subscription { onAnyPost { text } }", Map.of(), null);
      assertEquals("start_ack", ack.get("type"), ack.toString());
      gateway.post("mutation { post(text: \"to iam\") { text owner } }", null);
      Await.until("the event", () -> client.data("iam").size() == 1);
    }

    try (AppSyncWsClient client = AppSyncWsClient.connect(realtime, TestGateway.API_KEY)) {
      // Sign exactly the data string the client will send (Map.of's order is not fixed).
      String data = AppSyncWsClient.startData("subscription { onAnyPost { text } }", Map.of());
      Map<String, Object> perStart = new LinkedHashMap<>(SigV4Signer.sign(host(), "/graphql", data, KEY, SECRET, null,
          Instant.now()));
      Map<String, Object> ack = client.startWith("signed", "subscription { onAnyPost { text } }", Map.of(), perStart);
      assertEquals("start_ack", ack.get("type"), ack.toString());
      Map<String, Object> forged = new LinkedHashMap<>(SigV4Signer.sign(host(), "/graphql", data, KEY, "wrong", null,
          Instant.now()));
      Map<String, Object> refused = client.startWith("forged", "subscription { onAnyPost { text } }", Map.of(), forged);
      assertEquals("error", refused.get("type"), refused.toString());
      assertTrue(refused.toString().contains("UnauthorizedException"), refused.toString());
    }

    Map<String, Object> badConnect = new LinkedHashMap<>(SigV4Signer.sign(host(), "/graphql/connect", "{}", KEY,
        "wrong", null, Instant.now()));
    try (AppSyncWsClient client = AppSyncWsClient.openWith(realtime, badConnect)) {
      Await.until("the connection error", () -> client.find("connection_error", null) != null);
    }
  }

  private static Set<String> readable(TestGateway.Response response) {
    assertEquals(200, response.status(), response.body());
    Map<String, Object> data = cast(response.json().get("data"));
    Set<String> out = new java.util.TreeSet<>();
    data.forEach((field, value) -> {
      if (value != null) {
        out.add(field);
      }
    });
    return out;
  }

  private static String host() {
    return "127.0.0.1:" + gateway.graphqlUri().getPort();
  }

  private static TestGateway.Response signedCall(String query, String key, String secret, String session,
      Instant at, String signedPath) {
    String body = JsonCodec.writeString(Map.of("query", query));
    return send(SigV4Signer.sign(host(), signedPath, body, key, secret, session, at), body);
  }

  private static TestGateway.Response send(Map<String, String> headers, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            java.net.URI.create("http://" + host() + "/graphql"))
        // SigV4 signs the Host header; HTTP/1.1 carries it as such.
        .version(HttpClient.Version.HTTP_1_1)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach((name, value) -> {
      if (!name.equalsIgnoreCase("host")) {
        request.header(name, value);
      }
    });
    return gateway.send(request);
  }

  private static void assertUnauthorized(TestGateway.Response response) {
    assertEquals(401, response.status(), response.body());
    assertEquals("UnauthorizedException", response.firstError().get("errorType"));
    assertNull(response.json().get("data"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }
}
