package io.tributary.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import io.tributary.testsupport.TestGateway.Response;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 2, end to end over HTTP, for readable requests with hostile GraphQL: malformed or huge
 * documents, deep nesting, alias floods, bad variables, resolvers that loop or throw. Each gets an
 * AppSync-shaped error, never a 500 or a hang, and the gateway keeps serving: after each test a
 * plain {@code { hello }} must still answer ({@link #stillServes}). Unreadable bodies are in
 * {@link HostileBodyHttpTest}.
 */
class HostileInputHttpTest {
  private static TestGateway gateway;

  @BeforeAll
  static void start() {
    gateway = TestGateway.start(TestGateway.fixture("playground"), """
        resolvers:
          js:
            timeout: 200ms
        """);
    // The budget is wall-clock time: a cold JVM's first JS calls can overrun 200 ms on their own,
    // which is not what these tests are about.
    Await.until("the JS runtime is warm", () -> "world".equals(gateway.post("{ hello }", null).data("hello")));
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  /** Proves the event loops are alive after each hostile request. */
  @AfterEach
  void stillServes() {
    Hostile.assertServes(gateway);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{ hello",
      "query {",
      "}}}",
      "{ hello } }",
      "query Q($: Int) { hello }",
      "{ echo(message: \"unterminated) }",
      "{ echo(message: \"\\uZZZZ\") }",
      "{ hello(",
      "\u0000\u0001\u0002",
      "mutation",
      "query Q { ...Missing }",
      "fragment F on Query { hello }",
      "{ hello @ }",
      "#only a comment",
      "query Q($a: [[[Int) { hello }",
  })
  void malformedDocumentsGetAnErrorWithoutData(String document) {
    Response response = gateway.post(document, null);

    assertEquals(200, response.status(), response.body());
    assertNull(response.json().get("data"), response.body());
    Hostile.assertAppSyncError(response.firstError());
  }

  @Test
  void aThousandLevelsOfNestingAreRefusedBeforeExecution() {
    String query = "{ " + "nested { child { ".repeat(500) + "value" + " } }".repeat(500) + " }";

    Response response = gateway.post(query, null);

    assertEquals(200, response.status());
    assertNull(response.json().get("data"));
    Hostile.assertAppSyncError(response.firstError());
  }

  @Test
  void nestingThatParsesButIsTooDeepIsRefusedByValidation() {
    String query = "{ " + "nested { child { ".repeat(60) + "value" + " } }".repeat(60) + " }";

    Response response = gateway.post(query, null);

    assertEquals(200, response.status());
    assertNull(response.json().get("data"));
    Hostile.assertAppSyncError(response.firstError());
  }

  @Test
  void tenThousandAliasesAreRefused() {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < 10_000; i++) {
      query.append(" a").append(i).append(": hello");
    }
    Response response = gateway.post(query.append(" }").toString(), null);

    assertEquals(200, response.status());
    assertNull(response.json().get("data"));
    Map<String, Object> error = response.firstError();
    Hostile.assertAppSyncError(error);
    assertEquals("DocumentSizeLimitExceeded", error.get("errorType"));
  }

  @Test
  void anAliasFloodUnderTheSizeLimitHitsTheTokenLimit() {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < 6_000; i++) {
      query.append("a").append(Integer.toString(i, 36)).append(":hello ");
    }
    Response response = gateway.post(query.append("}").toString(), null);

    assertEquals(200, response.status());
    assertNull(response.json().get("data"));
    Map<String, Object> error = response.firstError();
    Hostile.assertAppSyncError(error);
    assertEquals("InvalidSyntax", error.get("errorType"));
  }

  @Test
  void deeplyNestedVariablesAreRefusedAs400() {
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    String body = "{\"query\":\"query Q($v: AWSJSON!) { echoJson(value: $v) }\",\"variables\":{\"v\":" + deep + "}}";

    Response response = gateway.send(post(body, "application/json"));

    assertEquals(400, response.status());
    Map<String, Object> error = response.firstError();
    assertEquals("MalformedHttpRequestException", error.get("errorType"));
    assertTrue(((String) error.get("message")).contains("nesting depth"), error.toString());
  }

  @Test
  void aWideVariableObjectOfTheWrongTypeIsAVariableError() {
    Map<String, Object> wide = new LinkedHashMap<>();
    for (int i = 0; i < 50_000; i++) {
      wide.put("k" + i, i);
    }

    Response response = gateway.post("query Q($m: String!) { echo(message: $m) }", Map.of("m", wide));

    assertEquals(200, response.status());
    assertNull(response.json().get("data"));
    Map<String, Object> error = response.firstError();
    Hostile.assertAppSyncError(error);
    assertTrue(response.body().length() < 10_000, "the error must not echo the whole input back");
  }

  @Test
  void manyUnusedVariablesWithinTheBodyLimitAreHarmless() {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < 40_000; i++) {
      variables.put("v" + i, "value " + i);
    }

    Response response = gateway.post("{ hello }", variables);

    assertEquals(Map.of("data", Map.of("hello", "world")), response.json());
  }

  @Test
  void anUnknownOperationNameIsAnError() {
    Response response = gateway.send(json(Map.of("query", "query A { hello }", "operationName", "B")));

    assertEquals(200, response.status());
    assertNull(response.json().get("data"));
    Map<String, Object> error = response.firstError();
    Hostile.assertAppSyncError(error);
    assertTrue(((String) error.get("message")).contains("B"), error.toString());
  }

  @Test
  void aMissingOperationNameWithSeveralOperationsIsAnError() {
    Response response = gateway.post("query A { hello } query B { hello }", null);

    assertEquals(200, response.status());
    assertNull(response.json().get("data"));
    Hostile.assertAppSyncError(response.firstError());
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "true", "{\"a\":1}", "[\"x\"]", "null"})
  void aVariableOfTheWrongTypeIsAnError(String json) {
    String body = "{\"query\":\"query Q($m: String!) { echo(message: $m) }\",\"variables\":{\"m\":" + json + "}}";

    Response response = gateway.send(post(body, "application/json"));

    assertEquals(200, response.status(), response.body());
    assertNull(response.json().get("data"));
    Hostile.assertAppSyncError(response.firstError());
  }

  @Test
  void aStringForAnIntVariableIsAnError() {
    Response response = gateway.post("mutation M($v: Int!) { pipelineDemo(value: $v) { total } }", Map.of("v", "three"));

    assertEquals(200, response.status());
    assertNull(response.json().get("data"));
    Hostile.assertAppSyncError(response.firstError());
  }

  @Test
  void anUndeclaredVariableIsAValidationError() {
    Response response = gateway.post("{ echo(message: $m) }", Map.of("m", "x"));

    assertEquals(200, response.status());
    assertNull(response.json().get("data"));
    Map<String, Object> error = response.firstError();
    assertEquals("ValidationError", error.get("errorType"));
    assertTrue(((String) error.get("message")).contains("UndefinedVariable"), error.toString());
  }

  @Test
  void aResolverThatLoopsForeverIsCancelledWithAnError() {
    Response response = gateway.post("{ hello loop }", null);

    assertEquals(200, response.status());
    assertEquals("world", response.data("hello"));
    assertNull(response.data("loop"));
    Map<String, Object> error = response.firstError();
    Hostile.assertAppSyncError(error);
    assertEquals(List.of("loop"), error.get("path"));
    assertTrue(((String) error.get("message")).contains("200"), error.toString());
  }

  @Test
  void aResolverThatThrowsIsAFieldErrorWithTheJsMessageOnly() {
    Response response = gateway.post("{ hello boom }", null);

    assertEquals(200, response.status());
    assertEquals("world", response.data("hello"));
    Map<String, Object> error = response.firstError();
    Hostile.assertAppSyncError(error);
    assertEquals(List.of("boom"), error.get("path"));
    assertTrue(((String) error.get("message")).contains("kaboom"), error.toString());
    assertFalse(response.body().contains("at "), "no stack trace: " + response.body());
  }

  @Test
  void concurrentHostileRequestsDoNotStopANormalClient() throws Exception {
    List<String> hostileBodies = List.of(
        "{\"query\":\"{ loop }\"}",
        "{\"query\":\"{ boom }\"}",
        "{\"query\":\"{ hello\"}",
        "{\"query\":\"" + "{ nested { child ".repeat(400) + "\"}",
        "[[[[[[[[[[[[",
        "{\"query\":\"query Q($m: String!) { echo(message: $m) }\",\"variables\":{\"m\":[1]}}");
    HttpClient client = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> hostile = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (String body : hostileBodies) {
        hostile.add(client.sendAsync(post(body, "application/json").build(), HttpResponse.BodyHandlers.ofString()));
      }
    }

    for (int i = 0; i < 20; i++) {
      assertEquals("world", gateway.post("{ hello }", null).data("hello"));
    }
    for (CompletableFuture<HttpResponse<String>> call : hostile) {
      HttpResponse<String> answer = call.get(Hostile.ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
      Hostile.assertAnswered(new Response(answer.statusCode(), answer.body(), answer));
    }
  }

  private static HttpRequest.Builder post(String body, String contentType) {
    return Hostile.post(gateway.graphqlUri(), body, contentType);
  }

  private static HttpRequest.Builder post(byte[] body, String contentType) {
    return Hostile.post(gateway.graphqlUri(), body, contentType);
  }

  private static HttpRequest.Builder json(Map<String, Object> fields) {
    return Hostile.json(gateway.graphqlUri(), fields);
  }
}
