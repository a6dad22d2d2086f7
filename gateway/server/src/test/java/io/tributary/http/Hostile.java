package io.tributary.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.testsupport.TestGateway;
import io.tributary.testsupport.TestGateway.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Requests and checks shared by the hostile-input tests. */
final class Hostile {
  /** A hostile request must be answered well within this; a hang fails the test. */
  static final Duration ANSWER_WITHIN = Duration.ofSeconds(15);

  private Hostile() {}

  /** A raw POST of {@code body} with the test API key. */
  static HttpRequest.Builder post(URI uri, byte[] body, String contentType) {
    return HttpRequest.newBuilder(uri)
        .timeout(ANSWER_WITHIN)
        .header("content-type", contentType)
        .header("x-api-key", TestGateway.API_KEY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  static HttpRequest.Builder post(URI uri, String body, String contentType) {
    return post(uri, body.getBytes(StandardCharsets.UTF_8), contentType);
  }

  /** A JSON request body built from {@code fields}. */
  static HttpRequest.Builder json(URI uri, Map<String, Object> fields) {
    return post(uri, JsonCodec.write(fields), "application/json");
  }

  /** Proves the gateway still serves: a plain query answers normally. */
  static void assertServes(TestGateway gateway) {
    Response response = gateway.send(post(gateway.graphqlUri(), "{\"query\":\"{ hello }\"}", "application/json"));
    assertEquals(200, response.status(), response.body());
    assertEquals(Map.of("data", Map.of("hello", "world")), response.json());
  }

  /** Answered with JSON in AppSync's shape, never an internal failure. */
  static void assertAnswered(Response response) {
    assertTrue(response.status() == 200 || (response.status() >= 400 && response.status() < 500),
        "status " + response.status() + ": " + response.body());
    assertTrue(response.raw().headers().firstValue("content-type").orElse("").startsWith("application/json"),
        "content-type of " + response.body());
    assertTrue(response.json().get("errors") != null, "no errors in " + response.body());
  }

  /** An error object carrying AppSync's {@code errorType} and a message, and no internals. */
  static void assertAppSyncError(Map<String, Object> error) {
    Object type = error.get("errorType");
    Object message = error.get("message");
    assertTrue(type instanceof String t && !t.isBlank(), "errorType missing: " + error);
    assertTrue(message instanceof String m && !m.isBlank(), "message missing: " + error);
    assertNotEquals("InternalFailure", type, "internal failure: " + error);
    assertFalse(((String) message).contains("Exception:") || ((String) message).contains("\tat "),
        "internal detail leaked: " + error);
  }
}
