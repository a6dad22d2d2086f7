package io.tributary.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.http.JsonCodec;
import io.tributary.testsupport.AppSyncWsClient;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /metrics on the admin port after a known workload: every count is what the workload did. */
class MetricsTest {
  private static TestGateway gateway;

  @BeforeAll
  static void start() {
    gateway = TestGateway.start(TestGateway.fixture("authz"), """
        metrics:
          enabled: true
          port: 0
        """);
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  void countsMatchAKnownWorkload() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertEquals(200, gateway.post("{ publicNote }", null).status());
    }
    for (int i = 0; i < 2; i++) {
      TestGateway.Response refused = gateway.send(HttpRequest.newBuilder(gateway.graphqlUri())
          .header("content-type", "application/json").header("x-api-key", "da2-wrong")
          .POST(HttpRequest.BodyPublishers.ofByteArray(JsonCodec.write(Map.of("query", "{ publicNote }")))));
      assertEquals(401, refused.status());
    }
    try (AppSyncWsClient client = AppSyncWsClient.connect(gateway.gateway().realtimeUrl(), TestGateway.API_KEY)) {
      assertEquals("start_ack", client.start("s", "subscription { onPost { text } }", Map.of(), TestGateway.API_KEY)
          .get("type"));
      assertEquals(200, gateway.post("mutation { post(text: \"metered\") { text owner } }", null).status());
      Await.until("the event", () -> client.data("s").size() == 1);
      Await.until("the gauges", () -> value(scrape(), "appsync_ActiveSubscriptions") == 1);
      assertEquals(1, value(scrape(), "appsync_ActiveConnections"));
    }
    Await.until("the disconnect to be counted", () -> value(scrape(), "appsync_DisconnectSuccess_total") == 1);

    String metrics = scrape();
    assertEquals(6, value(metrics, "appsync_Requests_total"), metrics);
    assertEquals(2, value(metrics, "appsync_4XXError_total"));
    assertEquals(0, value(metrics, "appsync_5XXError_total"));
    assertEquals(6, value(metrics, "appsync_Latency_seconds_count"));
    assertEquals(1, value(metrics, "appsync_ConnectRequests_total"));
    assertEquals(1, value(metrics, "appsync_ConnectSuccess_total"));
    assertEquals(1, value(metrics, "appsync_SubscribeSuccess_total"));
    assertEquals(1, value(metrics, "appsync_PublishDataMessageSuccess_total"));
    assertEquals(3, value(metrics, "tributary_resolver_latency_seconds_count{api=\"authz\",resolver=\"Query.publicNote\"}"));
    assertTrue(metrics.contains("tributary_cache_hits_total"), "cache counters are exported");
  }

  private static String scrape() {
    try {
      HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
          .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.gateway().metricsPort() + "/metrics"))
              .timeout(java.time.Duration.ofSeconds(10)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      return response.body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The value of one sample line, {@code name} including its labels when it has any. */
  private static double value(String metrics, String name) {
    Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(metrics);
    if (!line.find()) {
      throw new AssertionError("no sample " + name + " in\n" + metrics);
    }
    return Double.parseDouble(line.group(1));
  }
}
