package io.tributary.datasource.eventbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.aws.EventBridgeReceiver;
import io.tributary.http.JsonCodec;
import io.tributary.testsupport.TestGateway;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The AMAZON_EVENTBRIDGE data source from an APPSYNC_JS resolver, through the AWS SDK's
 * EventBridge client against an in-test receiver of the PutEvents wire protocol: entries arrive
 * with AppSync's fields, results and partial failures come back in AppSync's shape, malformed
 * requests never reach the service, a throttled service is a clear error; and the LOCAL bus of the
 * embedded default keeps events for GET /local-events.
 */
class EventBridgeDataSourceTest {
  private static final String ANNOUNCE =
      "mutation A($k: String!, $n: Int!) { announce(kind: $k, count: $n) { failedEntryCount eventIds errorCodes } }";
  private static EventBridgeReceiver receiver;
  private static TestGateway gateway;

  @BeforeAll
  static void start() {
    receiver = new EventBridgeReceiver();
    gateway = TestGateway.start(TestGateway.fixture("events"), """
        eventBridge:
          mode: AWS
          endpoint: %s
          region: us-east-1
          credentials: { accessKeyId: test, secretAccessKey: test }
        """.formatted(receiver.endpoint()));
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      gateway.close();
    }
    if (receiver != null) {
      receiver.close();
    }
  }

  @BeforeEach
  void healthyReceiver() {
    receiver.failEveryOtherEntry(false);
    receiver.throttleNext(0);
  }

  @Test
  void eventsFromAResolverArriveWithAppSyncsFields() {
    int before = receiver.accepted().size();
    Map<String, Object> answer = announce("OrderPlaced", 3);

    assertEquals(0, answer.get("failedEntryCount"));
    assertEquals(3, ((List<?>) answer.get("eventIds")).size());
    List<Map<String, Object>> got = receiver.accepted().subList(before, before + 3);
    Map<String, Object> first = got.get(0);
    assertEquals("orders-bus", first.get("EventBusName"));
    assertEquals("tributary.test", first.get("Source"));
    assertEquals("OrderPlaced", first.get("DetailType"));
    assertEquals(Map.of("n", 0, "by", "api-key"), JsonCodec.parse(first.get("Detail").toString()));
    assertEquals(List.of("urn:test:0"), first.get("Resources"));
    assertEquals(answer.get("eventIds"), got.stream().map(e -> e.get("EventId")).toList());
  }

  @Test
  void aPartialFailureComesBackPerEntry() {
    receiver.failEveryOtherEntry(true);

    Map<String, Object> answer = announce("Half", 4);

    assertEquals(2, answer.get("failedEntryCount"));
    assertEquals(List.of("InternalFailure", "InternalFailure"), answer.get("errorCodes"));
    assertEquals(2, ((List<?>) answer.get("eventIds")).size());
  }

  @Test
  void malformedRequestsNeverReachTheService() {
    int before = receiver.requests();

    assertEquals("MappingTemplate", error(ANNOUNCE, Map.of("k", "empty", "n", 1)).get("errorType"));
    assertEquals("MappingTemplate", error(ANNOUNCE, Map.of("k", "TooMany", "n", 11)).get("errorType"));
    assertEquals(before, receiver.requests());
  }

  @Test
  void aThrottledServiceIsAClearErrorAndTheNextCallWorks() {
    receiver.throttleNext(100);
    Map<String, Object> failure = error(ANNOUNCE, Map.of("k", "Throttled", "n", 1));
    assertEquals("EventBridge:ThrottlingException", failure.get("errorType"), failure.toString());

    receiver.throttleNext(0);
    assertEquals(0, announce("AfterThrottle", 1).get("failedEntryCount"));
  }

  @Test
  void theLocalBusKeepsEventsForReadingBack() {
    try (TestGateway local = TestGateway.start(TestGateway.fixture("events"), "")) {
      TestGateway.Response response = local.post(ANNOUNCE, Map.of("k", "Local", "n", 2));
      assertEquals(200, response.status(), response.body());
      TestGateway.Response events = local.send(HttpRequest.newBuilder(local.graphqlUri().resolve("/local-events")).GET());
      List<?> recent = (List<?>) events.json().get("events");
      assertEquals(2, recent.size(), events.body());
      Map<?, ?> first = (Map<?, ?>) recent.get(0);
      assertEquals("Local", first.get("detailType"));
      assertEquals("orders-bus", first.get("eventBusName"));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> announce(String kind, int count) {
    TestGateway.Response response = gateway.post(ANNOUNCE, Map.of("k", kind, "n", count));
    assertEquals(200, response.status(), response.body());
    assertNull(response.json().get("errors"), response.body());
    return (Map<String, Object>) response.data("announce");
  }

  private static Map<String, Object> error(String query, Map<String, Object> variables) {
    TestGateway.Response response = gateway.post(query, variables);
    assertEquals(200, response.status(), response.body());
    assertTrue(response.json().get("errors") != null, response.body());
    return response.firstError();
  }
}
