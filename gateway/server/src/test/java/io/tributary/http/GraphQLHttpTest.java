package io.tributary.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.testsupport.TestGateway;
import io.tributary.testsupport.TestGateway.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP front end against a real gateway serving the NONE-backed playground source API. */
class GraphQLHttpTest {
  private static TestGateway gateway;

  @BeforeAll
  static void start() {
    gateway = TestGateway.start(TestGateway.fixture("playground"), "");
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  @Test
  void answersAQueryThroughAJsResolver() {
    Response response = gateway.post("{ hello }", null);
    assertEquals(200, response.status());
    assertEquals(Map.of("data", Map.of("hello", "world")), response.json());
    assertNotNull(response.raw().headers().firstValue("x-amzn-RequestId").orElse(null));
  }

  @Test
  void passesVariablesToResolvers() {
    Response response = gateway.post("query Q($m: String!) { echo(message: $m) }", Map.of("m", "hi there"));
    assertEquals("hi there", response.data("echo"));
  }

  @Test
  void runsTheOperationNamedByOperationName() {
    Map<String, Object> body = Map.of("query", "query A { hello } query B { echo(message: \"b\") }", "operationName", "B");
    Response response = gateway.send(json(body));
    assertEquals(Map.of("data", Map.of("echo", "b")), response.json());
  }

  @Test
  void executesMutations() {
    Response response = gateway.post("mutation { publish(message: \"m1\") { id message at } }", null);
    @SuppressWarnings("unchecked")
    Map<String, Object> note = (Map<String, Object>) response.data("publish");
    assertEquals("m1", note.get("message"));
    assertTrue(((String) note.get("id")).matches("[0-9a-f-]{36}"));
  }

  @Test
  void runsPipelineFunctionsInOrderSharingTheStash() {
    Response response = gateway.post("mutation { pipelineDemo(value: 3) { steps total } }", null);
    assertEquals(
        Map.of("steps", List.of("before", "addOne:4", "double:8", "addOne:9", "after"), "total", 9),
        response.data("pipelineDemo"));
  }

  @Test
  void aFailingFieldLeavesTheRestOfTheResponseIntact() {
    Response response = gateway.post("{ hello partial { ok broken } }", null);
    assertEquals(200, response.status());
    assertEquals("world", response.data("hello"));
    Map<String, Object> partial = new java.util.HashMap<>();
    partial.put("ok", "fine");
    partial.put("broken", null);
    assertEquals(partial, response.data("partial"));
    Map<String, Object> error = response.firstError();
    assertEquals("Playground:Failure", error.get("errorType"));
    assertEquals("This field always fails.", error.get("message"));
    assertEquals(List.of("partial", "broken"), error.get("path"));
    assertEquals(Map.of("hint", "none"), error.get("errorInfo"));
    assertEquals(List.of(location(1, 22)), error.get("locations"));
  }

  @Test
  void utilErrorDataIsFilteredToTheSelectionSet() {
    Response response = gateway.post("{ failing }", null);
    Map<String, Object> error = response.firstError();
    assertEquals("Playground:Failure", error.get("errorType"));
    assertEquals(List.of("failing"), error.get("path"));
  }

  @Test
  void resolversSeeRequestHeadersAndANullIdentityForApiKeys() {
    Response response = gateway.send(json(Map.of("query", "{ whoami }")).header("x-test", "yes"));
    assertEquals("api-key caller; x-test=yes", response.data("whoami"));
  }

  @Test
  void acceptsApplicationGraphqlBodies() {
    Response response = gateway.send(HttpRequest.newBuilder(gateway.graphqlUri())
        .header("content-type", "application/graphql")
        .header("x-api-key", TestGateway.API_KEY)
        .POST(HttpRequest.BodyPublishers.ofString("{ hello }")));
    assertEquals(Map.of("data", Map.of("hello", "world")), response.json());
  }

  @Test
  void servesQueriesOverGet() {
    Response response = gateway.send(get("query=" + enc("query Q($m: String!) { echo(message: $m) }") + "&variables=" + enc("{\"m\":\"via get\"}")));
    assertEquals("via get", response.data("echo"));
  }

  @Test
  void refusesMutationsOverGet() {
    Response response = gateway.send(get("query=" + enc("mutation { publish(message: \"x\") { id } }")));
    assertEquals(200, response.status());
    assertNull(response.json().get("data"));
    assertTrue(((String) response.firstError().get("message")).contains("Only queries may be sent with GET"));
  }

  @Test
  void rejectsAMissingApiKeyWith401() {
    Response response = gateway.send(HttpRequest.newBuilder(gateway.graphqlUri())
        .header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ hello }\"}")));
    assertUnauthorized(response, "Valid authorization header not provided.");
  }

  @Test
  void rejectsAnUnknownApiKeyWith401() {
    Response response = gateway.send(json(Map.of("query", "{ hello }")).setHeader("x-api-key", "da2-nosuchkey"));
    assertUnauthorized(response, "You are not authorized to make this call.");
  }

  @Test
  void rejectsAnExpiredApiKeyWith401() {
    Response response = gateway.send(json(Map.of("query", "{ hello }")).setHeader("x-api-key", "da2-expiredkey0000000000000001"));
    assertUnauthorized(response, "You are not authorized to make this call.");
  }

  @Test
  void rejectsAnEmptyApiKeyWith401() {
    Response response = gateway.send(json(Map.of("query", "{ hello }")).setHeader("x-api-key", ""));
    assertEquals(401, response.status());
  }

  @Test
  void fieldsRestrictedToAnotherModeAreUnauthorizedForApiKeys() {
    Response response = gateway.post("{ hello secret }", null);
    assertEquals("world", response.data("hello"));
    Map<String, Object> error = response.firstError();
    assertEquals("Unauthorized", error.get("errorType"));
    assertEquals("Not Authorized to access secret on type Query", error.get("message"));
  }

  @Test
  void answersAnOversizedBodyWith413() {
    String big = "{\"query\":\"{ hello }\",\"variables\":{\"pad\":\"" + "x".repeat(1_100_000) + "\"}}";
    Response response = gateway.send(HttpRequest.newBuilder(gateway.graphqlUri())
        .header("content-type", "application/json")
        .header("x-api-key", TestGateway.API_KEY)
        .POST(HttpRequest.BodyPublishers.ofString(big)));
    assertEquals(413, response.status());
    assertEquals("PayloadTooLargeException", response.firstError().get("errorType"));
  }

  @Test
  void answersMalformedJsonWith400AndAClearMessage() {
    Response response = gateway.send(HttpRequest.newBuilder(gateway.graphqlUri())
        .header("content-type", "application/json")
        .header("x-api-key", TestGateway.API_KEY)
        .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ hello }\"")));
    assertEquals(400, response.status());
    Map<String, Object> error = response.firstError();
    assertEquals("MalformedHttpRequestException", error.get("errorType"));
    assertTrue(((String) error.get("message")).startsWith("The request body is not valid JSON"), error.toString());
  }

  @Test
  void answersABodyWithoutQueryWith400() {
    Response response = gateway.send(json(Map.of("operationName", "x")));
    assertEquals(400, response.status());
    assertTrue(((String) response.firstError().get("message")).contains("no \"query\""));
  }

  @Test
  void answersOtherMethodsWith405() {
    Response response = gateway.send(HttpRequest.newBuilder(gateway.graphqlUri()).PUT(HttpRequest.BodyPublishers.ofString("{}")));
    assertEquals(405, response.status());
    assertEquals("MethodNotAllowedException", response.firstError().get("errorType"));
  }

  @Test
  void reportsValidationErrorsInAppSyncsLegacyFormat() {
    Response response = gateway.post("{ nope }", null);
    assertEquals(200, response.status());
    assertNull(response.json().get("data"));
    Map<String, Object> error = response.firstError();
    assertEquals("ValidationError", error.get("errorType"));
    assertEquals("Validation error of type FieldUndefined: Field 'nope' in type 'Query' is undefined @ 'nope'", error.get("message"));
    assertNull(error.get("path"));
  }

  @Test
  void rejectsABadAwsDateTimeLiteralNamingTheValue() {
    Response response = gateway.post("{ echoDate(at: \"2020-01-01T00:00:00\") }", null);
    assertNull(response.json().get("data"));
    String message = (String) response.firstError().get("message");
    assertTrue(message.contains("2020-01-01T00:00:00"), message);
  }

  @Test
  void rejectsABadAwsEmailVariableNamingTheValue() {
    Response response = gateway.post("query Q($a: AWSEmail!) { echoEmail(address: $a) }", Map.of("a", "not-an-email"));
    assertNull(response.json().get("data"));
    String message = (String) response.firstError().get("message");
    assertTrue(message.contains("not-an-email"), message);
  }

  @Test
  void awsJsonArrivesParsedAndLeavesAsJsonText() {
    Response response = gateway.post("query Q($v: AWSJSON!) { echoJson(value: $v) }", Map.of("v", "{\"a\":[1,2]}"));
    assertEquals("{\"a\":[1,2]}", response.data("echoJson"));
  }

  @Test
  void healthReportsTheNodeAndItsBus() {
    Response response = gateway.send(HttpRequest.newBuilder(URI.create(gateway.graphqlUri().resolve("/health").toString())).GET());
    assertEquals(200, response.status());
    assertEquals("UP", response.json().get("status"));
    assertEquals(true, ((Map<?, ?>) response.json().get("bus")).get("up"));
    assertEquals(0, response.json().get("subscriptions"));
  }

  @Test
  void unknownPathsAnswer404InJson() {
    Response response = gateway.send(HttpRequest.newBuilder(URI.create(gateway.graphqlUri().resolve("/nope").toString())).GET());
    assertEquals(404, response.status());
    assertEquals("NotFoundException", response.firstError().get("errorType"));
  }

  private static HttpRequest.Builder json(Map<String, Object> body) {
    return HttpRequest.newBuilder(gateway.graphqlUri())
        .header("content-type", "application/json")
        .header("x-api-key", TestGateway.API_KEY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(JsonCodec.write(body)));
  }

  private static HttpRequest.Builder get(String queryString) {
    return HttpRequest.newBuilder(URI.create(gateway.graphqlUri() + "?" + queryString)).header("x-api-key", TestGateway.API_KEY).GET();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void assertUnauthorized(Response response, String message) {
    assertEquals(401, response.status());
    assertEquals(Map.of("errors", List.of(Map.of("errorType", "UnauthorizedException", "message", message))), response.json());
  }

  private static Map<String, Object> location(int line, int column) {
    Map<String, Object> location = new java.util.LinkedHashMap<>();
    location.put("line", line);
    location.put("column", column);
    location.put("sourceName", null);
    return location;
  }
}
