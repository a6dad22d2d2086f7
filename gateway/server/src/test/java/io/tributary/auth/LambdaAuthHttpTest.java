package io.tributary.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.aws.LambdaReceiver;
import io.tributary.aws.LambdaReceiver.Answer;
import io.tributary.http.JsonCodec;
import io.tributary.testsupport.TestGateway;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AWS_LAMBDA through the AWS SDK's Lambda client against an in-test receiver of Lambda's Invoke
 * protocol: the event AppSync sends, allow/deny, resolverContext in ctx.identity, deniedFields,
 * answer caching with ttlOverride, identityValidationExpression before any call, and every way an
 * authorizer can fail (throws, too slow, malformed) ending in AppSync's 401.
 */
class LambdaAuthHttpTest {
  private static LambdaReceiver lambda;
  private static TestGateway gateway;

  @BeforeAll
  static void start() {
    lambda = new LambdaReceiver();
    lambda.function("authorizer", event -> decide(cast(event)));
    gateway = TestGateway.start(TestGateway.fixture("authz"), """
          additionalModes: [AWS_LAMBDA]
          lambda:
            functionArn: authorizer
            endpoint: %s
            region: us-east-1
            credentials: { accessKeyId: test, secretAccessKey: test }
            resultTtl: 0s
            identityValidationExpression: "^(allow|deny|cache|throw|slow|bad|bad2|nested)-[a-z0-9]+$"
            timeout: 1s
        """.formatted(lambda.endpoint()));
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      gateway.close();
    }
    if (lambda != null) {
      lambda.close();
    }
  }

  /** The scripted authorizer: the token's prefix says what to do. */
  private static Answer decide(Map<String, Object> event) {
    String token = (String) event.get("authorizationToken");
    String kind = token.substring(0, token.indexOf('-'));
    return switch (kind) {
      case "allow" -> new Answer.Ok(Map.of("isAuthorized", true, "resolverContext", Map.of("tenant", "acme", "level", 3),
          "deniedFields", List.of("arn:aws:appsync:us-east-1:111122223333:apis/x/types/Query/fields/lambdaSecret"),
          "ttlOverride", 0));
      case "cache" -> new Answer.Ok(Map.of("isAuthorized", true, "resolverContext", Map.of("n", lambda.events().size()),
          "ttlOverride", 60));
      case "deny" -> new Answer.Ok(Map.of("isAuthorized", false));
      case "throw" -> new Answer.Fail("Error", "boom");
      case "slow" -> new Answer.Late(3_000, new Answer.Ok(Map.of("isAuthorized", true)));
      case "bad" -> new Answer.Raw("{\"isAuthorized\":\"yes\"}");
      case "bad2" -> new Answer.Raw("not json");
      case "nested" -> new Answer.Ok(Map.of("isAuthorized", true, "resolverContext", Map.of("a", Map.of("b", 1))));
      default -> new Answer.Ok(Map.of("isAuthorized", false));
    };
  }

  @Test
  void anAllowedTokenSeesItsResolverContextAndTheEventHasAppSyncsShape() {
    int before = lambda.events().size();
    TestGateway.Response response = call("query Who { whoami lambdaNote }", "allow-one");

    assertEquals(200, response.status(), response.body());
    Map<String, Object> identity = cast(JsonCodec.parse(response.data("whoami").toString()));
    assertEquals(Map.of("resolverContext", Map.of("tenant", "acme", "level", 3)), identity);
    assertEquals("lambdaNote for you", response.data("lambdaNote"));
    Map<String, Object> event = cast(lambda.events().get(before));
    assertEquals("allow-one", event.get("authorizationToken"));
    Map<String, Object> context = cast(event.get("requestContext"));
    assertEquals("query Who { whoami lambdaNote }", context.get("queryString"));
    assertEquals("Who", context.get("operationName"));
    assertTrue(context.containsKey("requestId") && context.containsKey("apiId"), context.toString());
    assertTrue(cast(event.get("requestHeaders")).containsKey("content-type"), event.toString());
  }

  @Test
  void aDeniedFieldIsNullWithUnauthorizedWhileTheRestAnswers() {
    TestGateway.Response response = call("{ lambdaNote lambdaSecret }", "allow-two");

    assertEquals("lambdaNote for you", response.data("lambdaNote"));
    assertNull(response.data("lambdaSecret"));
    assertEquals("Unauthorized", response.firstError().get("errorType"));
    assertEquals("Not Authorized to access lambdaSecret on type Query", response.firstError().get("message"));
    assertEquals("lambdaSecret for you", gateway.post("{ lambdaSecret }", null).data("lambdaSecret"),
        "the API key is not affected by the Lambda's denial");
  }

  @Test
  void isAuthorizedFalseIsA401() {
    assertUnauthorized(call("{ whoami }", "deny-x"));
  }

  @Test
  void aThrowingSlowOrMalformedAuthorizerIsA401() {
    assertUnauthorized(call("{ whoami }", "throw-x"));
    assertUnauthorized(call("{ whoami }", "slow-x"));
    assertUnauthorized(call("{ whoami }", "bad-x"));
    assertUnauthorized(call("{ whoami }", "bad2-x"));
    assertUnauthorized(call("{ whoami }", "nested-x"));
    assertEquals(200, call("{ whoami }", "allow-after").status(), "the gateway still serves");
  }

  @Test
  void aTokenFailingTheValidationExpressionNeverReachesTheFunction() {
    int before = lambda.events().size();
    assertUnauthorized(call("{ whoami }", "Mallory!"));
    assertEquals(before, lambda.events().size());
  }

  @Test
  void ttlOverrideCachesTheAnswerPerToken() {
    int before = lambda.events().size();
    TestGateway.Response first = call("{ whoami }", "cache-abc");
    TestGateway.Response second = call("{ whoami }", "cache-abc");

    assertEquals(first.data("whoami"), second.data("whoami"));
    assertEquals(before + 1, lambda.events().size(), "the second call was answered from the cache");
    call("{ whoami }", "cache-def");
    assertEquals(before + 2, lambda.events().size(), "another token is another call");
    call("{ whoami }", "allow-a");
    call("{ whoami }", "allow-a");
    assertEquals(before + 4, lambda.events().size(), "ttlOverride 0 is not cached");
  }

  @Test
  void aLocalModuleAuthorizerHasTheSameContract() throws Exception {
    Path module = Files.createTempFile("authorizer", ".js");
    Files.writeString(module, """
        export function handler(event) {
          const ok = event.authorizationToken === 'let-me-in';
          return { isAuthorized: ok, resolverContext: { via: 'local', op: event.requestContext.operationName },
                   deniedFields: ['Query.lambdaNote'] };
        }
        """);
    try (TestGateway local = TestGateway.start(TestGateway.fixture("authz"), """
          additionalModes: [AWS_LAMBDA]
          lambda:
            localModule: %s
        """.formatted(module))) {
      TestGateway.Response allowed = local.send(request(local, "query Q { whoami lambdaNote }", "let-me-in"));
      assertEquals(Map.of("resolverContext", Map.of("via", "local", "op", "Q")),
          cast(JsonCodec.parse(allowed.data("whoami").toString())));
      assertNull(allowed.data("lambdaNote"));
      assertEquals(401, local.send(request(local, "{ whoami }", "wrong")).status());
    }
  }

  private static TestGateway.Response call(String query, String token) {
    return gateway.send(request(gateway, query, token));
  }

  private static HttpRequest.Builder request(TestGateway target, String query, String token) {
    return HttpRequest.newBuilder(target.graphqlUri())
        .header("content-type", "application/json")
        .header("authorization", token)
        .POST(HttpRequest.BodyPublishers.ofByteArray(JsonCodec.write(body(query))));
  }

  /** The request body, naming the operation when the document names one (as clients do). */
  private static Map<String, Object> body(String query) {
    var named = java.util.regex.Pattern.compile("^\\s*query\\s+(\\w+)").matcher(query);
    return named.find() ? Map.of("query", query, "operationName", named.group(1)) : Map.of("query", query);
  }

  private static void assertUnauthorized(TestGateway.Response response) {
    assertEquals(401, response.status(), response.body());
    assertEquals("UnauthorizedException", response.firstError().get("errorType"));
    assertEquals("You are not authorized to make this call.", response.firstError().get("message"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }
}
