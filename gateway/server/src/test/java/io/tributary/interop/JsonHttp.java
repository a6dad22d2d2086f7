package io.tributary.interop;

import io.tributary.http.JsonCodec;
import io.tributary.testsupport.TestGateway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** GraphQL over HTTP with the test API key, for gateways that TestGateway did not start. */
final class JsonHttp {
  private JsonHttp() {}

  static TestGateway.Response post(HttpClient http, String graphqlUrl, String query, Map<String, Object> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    body.put("variables", variables);
    HttpRequest request = HttpRequest.newBuilder(URI.create(graphqlUrl))
        .timeout(Duration.ofSeconds(30))
        .header("content-type", "application/json")
        .header("x-api-key", TestGateway.API_KEY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(JsonCodec.write(body)))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new TestGateway.Response(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException("POST " + graphqlUrl + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
