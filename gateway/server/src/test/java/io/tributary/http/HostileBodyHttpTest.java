package io.tributary.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.tributary.testsupport.TestGateway;
import io.tributary.testsupport.TestGateway.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 2 at the HTTP layer: bodies that are not a readable GraphQL request (bad encodings, JSON
 * of the wrong shape, missing or oversized bodies, unknown content types) get a 4xx with
 * AppSync's error shape, never a 500, and the gateway keeps serving after each one.
 */
class HostileBodyHttpTest {
  private static TestGateway gateway;

  @BeforeAll
  static void start() {
    gateway = TestGateway.start(TestGateway.fixture("playground"), "");
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  @AfterEach
  void stillServes() {
    Hostile.assertServes(gateway);
  }

  @Test
  void aBodyThatIsNotUtf8IsRefusedAs400() {
    byte[] body = {'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};

    Response response = gateway.send(post(body, "application/json"));

    assertEquals(400, response.status(), response.body());
    assertEquals("MalformedHttpRequestException", response.firstError().get("errorType"));
  }

  @Test
  void aGraphqlBodyThatIsNotUtf8IsAnErrorNotACrash() {
    byte[] body = {'{', ' ', 'h', 'e', 'l', 'l', 'o', (byte) 0xFF, (byte) 0xFE, ' ', '}'};

    Response response = gateway.send(post(body, "application/graphql"));

    Hostile.assertAnswered(response);
    Hostile.assertAppSyncError(response.firstError());
  }

  @ParameterizedTest
  @ValueSource(strings = {"[{\"query\":\"{ hello }\"}]", "\"{ hello }\"", "42", "null", "true"})
  void aJsonBodyThatIsNotAnObjectIsRefusedAs400(String body) {
    Response response = gateway.send(post(body, "application/json"));

    assertEquals(400, response.status());
    Map<String, Object> error = response.firstError();
    assertEquals("MalformedHttpRequestException", error.get("errorType"));
    assertNotNull(error.get("message"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"{\\\"m\\\":\\\"x\\\"}\"", "[1,2]", "7"})
  void variablesThatAreNotAnObjectAreRefusedAs400(String variables) {
    String body = "{\"query\":\"query Q($m: String!) { echo(message: $m) }\",\"variables\":" + variables + "}";

    Response response = gateway.send(post(body, "application/json"));

    assertEquals(400, response.status());
    assertEquals("MalformedHttpRequestException", response.firstError().get("errorType"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"query\":42}", "{\"query\":{\"a\":1}}", "{\"query\":\"{ hello }\",\"operationName\":[1]}"})
  void fieldsOfTheWrongJsonTypeAreRefusedAs400(String body) {
    Response response = gateway.send(post(body, "application/json"));

    assertEquals(400, response.status());
    assertEquals("MalformedHttpRequestException", response.firstError().get("errorType"));
  }

  @Test
  void aTwoMegabyteGraphqlBodyIsRefusedAs413() {
    String query = "{ hello " + "#".repeat(2 * 1024 * 1024) + "\n}";

    Response response = gateway.send(post(query, "application/graphql"));

    assertEquals(413, response.status());
    assertEquals("PayloadTooLargeException", response.firstError().get("errorType"));
  }

  @Test
  void aDocumentOverTheDocumentLimitButUnderTheBodyLimitIsRefused() {
    String query = "{ hello " + "#".repeat(500_000) + "\n}";

    Response response = gateway.send(post(query, "application/graphql"));

    assertEquals(200, response.status());
    assertEquals("DocumentSizeLimitExceeded", response.firstError().get("errorType"));
  }

  @Test
  void variablesOnGetThatAreNotJsonAreRefusedAs400() {
    String uri = gateway.graphqlUri() + "?query=%7B%20hello%20%7D&variables=%7Bnot-json";

    Response response = gateway.send(HttpRequest.newBuilder(URI.create(uri))
        .header("x-api-key", TestGateway.API_KEY).GET());

    assertEquals(400, response.status());
    assertEquals("MalformedHttpRequestException", response.firstError().get("errorType"));
  }

  @Test
  void anUnsupportedContentTypeIsRefusedAs400() {
    Response response = gateway.send(post("query={ hello }", "application/x-www-form-urlencoded"));

    assertEquals(400, response.status());
    assertEquals("MalformedHttpRequestException", response.firstError().get("errorType"));
  }

  @Test
  void anEmptyBodyIsRefusedAs400() {
    Response response = gateway.send(post(new byte[0], "application/json"));

    assertEquals(400, response.status());
    assertEquals("MalformedHttpRequestException", response.firstError().get("errorType"));
  }

  @Test
  void anEmptyGraphqlBodyIsRefusedAs400() {
    Response response = gateway.send(post(new byte[0], "application/graphql"));

    assertEquals(400, response.status(), response.body());
    assertEquals("MalformedHttpRequestException", response.firstError().get("errorType"));
  }

  @Test
  void hugeStringLiteralsInsideTheLimitsAreEchoedCorrectly() {
    String text = "x".repeat(60_000);

    Response response = gateway.post("{ echo(message: \"" + text + "\") }", null);

    assertEquals(text, response.data("echo"));
  }

  @Test
  void aUtf16JsonBodyWithByteOrderMarkIsDetectedAndRead() {
    byte[] body = "{\"query\":\"{ hello }\"}".getBytes(StandardCharsets.UTF_16);

    Response response = gateway.send(post(body, "application/json"));

    assertEquals(Map.of("data", Map.of("hello", "world")), response.json());
  }
  private static HttpRequest.Builder post(String body, String contentType) {
    return Hostile.post(gateway.graphqlUri(), body, contentType);
  }

  private static HttpRequest.Builder post(byte[] body, String contentType) {
    return Hostile.post(gateway.graphqlUri(), body, contentType);
  }
}
