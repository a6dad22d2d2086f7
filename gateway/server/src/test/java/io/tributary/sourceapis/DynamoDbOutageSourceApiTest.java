package io.tributary.sourceapis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.datasource.dynamodb.DynamoDbErrors;
import io.tributary.datasource.dynamodb.local.DynamoDbLocalOptions;
import io.tributary.datasource.dynamodb.local.DynamoDbLocalProcess;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway.Response;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB dies while the gateway is using it: a gateway on its own DynamoDB Local process,
 * which the test kills in the middle of a request that makes many calls. Everything in flight and
 * everything after is answered with an AppSync-format DynamoDB error, none hangs.
 */
class DynamoDbOutageSourceApiTest {
  private static final Duration START = Duration.ofSeconds(90);
  private static final Set<String> OUTAGE_TYPES = Set.of(DynamoDbErrors.SERVICE_UNAVAILABLE, DynamoDbErrors.SERVICE_TIMEOUT);
  private static Vertx vertx;
  private static DynamoDbLocalProcess dynamoDb;
  private static SourceApiGateway api;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    dynamoDb = Await.result(DynamoDbLocalProcess.start(vertx, DynamoDbLocalOptions.inMemory()), START);
    api = SourceApiGateway.on(SourceApiGateway.sourceApis(), dynamoDb.endpoint(), "outage-", """
        callTimeout: 3s
        maxRetries: 1
        """);
  }

  @AfterAll
  static void stop() {
    if (api != null) {
      api.close();
    }
    if (dynamoDb != null && dynamoDb.isAlive()) {
      Await.result(dynamoDb.kill());
    }
    Await.result(vertx.close());
  }

  @Test
  void killingDynamoDbMidRequestFailsWhatIsLeftAndEveryLaterCallWithAnOutageError() throws Exception {
    new Seed(api).task("before the outage", "TODO", null);
    StringBuilder mutation = new StringBuilder("mutation {");
    for (int i = 0; i < 200; i++) {
      mutation.append(" t").append(i).append(": createTask(input: {title: \"t").append(i).append("\"}) { id }");
    }
    api.calls().reset();
    CompletableFuture<Response> inFlight = CompletableFuture.supplyAsync(() -> api.http().post(mutation + " }", null));
    Await.until("the request is part way through its writes", () -> api.calls().count("PutItem") >= 5);

    Await.result(dynamoDb.kill());

    Response response = inFlight.get(60, TimeUnit.SECONDS);
    assertEquals(200, response.status(), response.body());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) response.json().get("errors");
    assertNotNull(errors, "no errors after DynamoDB died: " + response.body());
    assertNotNull(response.data("t0"), "writes before the kill succeeded");
    assertOutage(errors.get(errors.size() - 1));

    assertOutage(api.error("{ listTasks { items { id } } }", null));
    assertOutage(api.error("query { getUser(userId: \"u\") { userId } }", null));
    assertOutage(api.error("mutation { createTask(input: {title: \"lost\"}) { id } }", null));
  }

  private static void assertOutage(Map<String, Object> error) {
    assertTrue(OUTAGE_TYPES.contains(error.get("errorType")), error.toString());
    String message = (String) error.get("message");
    assertFalse(message.contains("127.0.0.1") || message.contains("Exception"), "internal detail: " + message);
  }
}
