package io.tributary.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tributary.testsupport.AppSyncWsClient;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A graceful stop: /ready turns 503 at once, WebSocket clients are told to reconnect, and a request
 * already in flight (a resolver waiting 2 s on its HTTP back end) is still answered before the
 * gateway stops.
 */
class GracefulShutdownTest {
  private static final Vertx VERTX = Vertx.vertx();

  @AfterAll
  static void stop() {
    VERTX.close();
  }

  @Test
  void drainingStopsReadinessClosesSocketsAndLosesNoInFlightRequest() throws Exception {
    HttpServer backend = VERTX.createHttpServer().requestHandler(request ->
        VERTX.setTimer(2_000, id -> request.response().end("finally")));
    Await.result(backend.listen(0, "127.0.0.1"));
    TestGateway gateway = TestGateway.start(TestGateway.fixtureCopy("httpapi",
        Map.of("http://backend.invalid", "http://127.0.0.1:" + backend.actualPort())), """
        httpDataSources:
          timeout: 10s
        """);
    try (AppSyncWsClient socket = AppSyncWsClient.connect(gateway.gateway().realtimeUrl(), TestGateway.API_KEY)) {
      assertEquals(200, ready(gateway).status());

      CompletableFuture<TestGateway.Response> inFlight = CompletableFuture.supplyAsync(
          () -> gateway.post("{ call(path: \"/anything\") { statusCode bodyLength } }", null));
      Await.until("the request to be in flight", () -> inFlight(gateway) == 1);
      CompletableFuture<Integer> drained = CompletableFuture.supplyAsync(() -> gateway.gateway().drain(Duration.ofSeconds(20)));

      Await.until("readiness to turn off", () -> ready(gateway).status() == 503);
      Await.until("the socket to be told to reconnect", socket::isClosed);
      TestGateway.Response answered = inFlight.get();
      assertEquals(200, answered.status(), answered.body());
      assertEquals(Map.of("statusCode", 200, "bodyLength", 7), answered.data("call"));
      assertEquals(0, drained.get(), "nothing was left unanswered");
    } finally {
      gateway.close();
    }
  }

  private static TestGateway.Response ready(TestGateway gateway) {
    return gateway.send(HttpRequest.newBuilder(gateway.graphqlUri().resolve("/ready")).GET());
  }

  private static int inFlight(TestGateway gateway) {
    // GraphQL requests only: /ready itself is not counted.
    return ((Number) ready(gateway).json().get("inFlight")).intValue();
  }

}
