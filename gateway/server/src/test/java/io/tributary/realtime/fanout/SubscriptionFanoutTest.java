package io.tributary.realtime.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.testsupport.AppSyncWsClient;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutations reaching subscribers through a real gateway and the AppSync protocol: what is
 * published, to whom, and when subscriptions end. Each test proves a non-delivery by sending a
 * matching event afterwards and checking nothing else arrived before it.
 */
class SubscriptionFanoutTest {
  private static TestGateway gateway;
  private AppSyncWsClient client;

  @BeforeAll
  static void start() {
    gateway = TestGateway.start(TestGateway.fixture("realtime"), "");
  }

  @AfterAll
  static void stop() {
    gateway.close();
  }

  @AfterEach
  void disconnect() {
    if (client != null) {
      client.close();
    }
    Await.until("subscriptions released", () -> gateway.gateway().subscriptionCount() == 0);
  }

  @Test
  void aMutationReachesMatchingSubscribersWithOnlyTheFieldsTheMutationSelected() {
    client = connect();
    ack(client.start("s1", "subscription { onItem(group: \"a\") { id group score note } }", null, TestGateway.API_KEY));
    put("x1", "b", 1, null);
    put("x2", "a", 7, null);
    Await.until("the matching event", () -> client.data("s1").size() == 1);
    Map<String, Object> item = item(client.data("s1").get(0), "onItem");
    assertEquals("x2", item.get("id"));
    assertEquals("a", item.get("group"));
    assertEquals(7, item.get("score"));
    // the mutation did not select `note`, so subscribers see null, as in AppSync
    assertTrue(item.containsKey("note") && item.get("note") == null, item.toString());
  }

  @Test
  void anOmittedArgumentMatchesAnythingAndAnExplicitNullOnlyNull() {
    client = connect();
    ack(client.start("any", "subscription { onItem(group: \"a\") { id } }", null, TestGateway.API_KEY));
    ack(client.start("none", "subscription($o: String) { onItem(group: \"a\", owner: $o) { id } }", nullOwner(), TestGateway.API_KEY));
    put("o1", "a", 1, "ann");
    put("o2", "a", 1, null);
    Await.until("both events on the wildcard subscription", () -> client.data("any").size() == 2);
    Await.until("the null-owner event", () -> client.data("none").size() == 1);
    assertEquals("o2", item(client.data("none").get(0), "onItem").get("id"));
  }

  @Test
  void aFailedMutationPublishesNothing() {
    client = connect();
    ack(client.start("s", "subscription { onItem { id } }", null, TestGateway.API_KEY));
    gateway.post("mutation { failItem(id: \"f\") { id } }", null);
    put("after", "z", 1, null);
    Await.until("the later event", () -> client.data("s").size() == 1);
    assertEquals("after", item(client.data("s").get(0), "onItem").get("id"));
  }

  @Test
  void anEnhancedFilterFromTheSubscriptionResolverDecides() {
    client = connect();
    ack(client.start("hot", "subscription { onHotItem(minScore: 5) { id score tags } }", null, TestGateway.API_KEY));
    gateway.post("mutation { putItem(id: \"cold\", group: \"g\", score: 9, tags: [\"cold\"]) { id score tags } }", null);
    gateway.post("mutation { putItem(id: \"low\", group: \"g\", score: 2, tags: [\"hot\"]) { id score tags } }", null);
    gateway.post("mutation { putItem(id: \"yes\", group: \"g\", score: 5, tags: [\"x\", \"hot\"]) { id score tags } }", null);
    Await.until("the matching event", () -> client.data("hot").size() == 1);
    assertEquals("yes", item(client.data("hot").get(0), "onHotItem").get("id"));
  }

  @Test
  void aSubscriptionResolverCanRejectTheSubscribe() {
    client = connect();
    Map<String, Object> answer = client.start("f", "subscription { onForbidden { id } }", null, TestGateway.API_KEY);
    assertEquals("error", answer.get("type"));
    assertTrue(answer.toString().contains("Unauthorized"), answer.toString());
    assertEquals(0, gateway.gateway().subscriptionCount());
  }

  @Test
  void invalidationEndsMatchingSubscriptionsAndClosesTheConnection() {
    client = connect();
    AppSyncWsClient other = connect();
    try {
      ack(client.start("g1", "subscription { onGroupItem(group: \"red\") { id } }", null, TestGateway.API_KEY));
      ack(other.start("g2", "subscription { onGroupItem(group: \"blue\") { id } }", null, TestGateway.API_KEY));
      gateway.post("mutation { kick(group: \"red\") }", null);
      client.awaitFrame("complete", "g1");
      Await.until("the invalidated connection to close", client::isClosed);
      gateway.post("mutation { putItem(id: \"b1\", group: \"blue\", score: 1) { id group score } }", null);
      Await.until("the other subscription still receives", () -> other.data("g2").size() == 1);
    } finally {
      other.close();
    }
  }

  @Test
  void stopEndsTheSubscription() {
    client = connect();
    ack(client.start("s", "subscription { onItem { id } }", null, TestGateway.API_KEY));
    Await.until("registered", () -> gateway.gateway().subscriptionCount() == 1);
    client.stop("s");
    client.awaitFrame("complete", "s");
    Await.until("released", () -> gateway.gateway().subscriptionCount() == 0);
  }

  @Test
  void anInvalidSubscriptionDocumentIsAnErrorFrame() {
    client = connect();
    Map<String, Object> answer = client.start("bad", "subscription { nope { id } }", null, TestGateway.API_KEY);
    assertEquals("error", answer.get("type"));
    assertTrue(answer.toString().contains("FieldUndefined"), answer.toString());
  }

  @Test
  void aMutationStartedOverTheSocketIsRefusedBeforeItRuns() {
    client = connect();
    ack(client.start("watch", "subscription { onItem(group: \"ws\") { id } }", null, TestGateway.API_KEY));
    Map<String, Object> answer = client.start("m", "mutation { putItem(id: \"ws1\", group: \"ws\", score: 1) { id } }",
        null, TestGateway.API_KEY);
    assertEquals("error", answer.get("type"));
    assertTrue(answer.toString().contains("Only subscriptions are served over WebSockets"), answer.toString());
    put("ws2", "ws", 1, null);
    Await.until("the HTTP mutation's event", () -> client.data("watch").size() == 1);
    assertEquals("ws2", item(client.data("watch").get(0), "onItem").get("id"));
  }

  @Test
  void aliasesAndFragmentsInTheSubscriptionShapeTheEvent() {
    client = connect();
    ack(client.start("s", "subscription { renamed: onItem(group: \"f\") { ...F key: id __typename } } fragment F on Item { score }",
        null, TestGateway.API_KEY));
    put("frag", "f", 3, null);
    Await.until("the event", () -> client.data("s").size() == 1);
    assertEquals(Map.of("score", 3, "key", "frag", "__typename", "Item"), item(client.data("s").get(0), "renamed"));
  }

  private static AppSyncWsClient connect() {
    return AppSyncWsClient.connect(gateway.gateway().realtimeUrl(), TestGateway.API_KEY);
  }

  private static void put(String id, String group, int score, String owner) {
    String ownerArg = owner == null ? "" : ", owner: \"" + owner + "\"";
    var response = gateway.post("mutation { putItem(id: \"" + id + "\", group: \"" + group + "\", score: " + score + ownerArg
        + ") { id group score owner } }", null);
    assertNotNull(response.data("putItem"), response.body());
  }

  private static Map<String, Object> nullOwner() {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("o", null);
    return variables;
  }

  private static void ack(Map<String, Object> answer) {
    assertEquals("start_ack", answer.get("type"), answer.toString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> item(Map<String, Object> payload, String field) {
    return (Map<String, Object>) ((Map<String, Object>) payload.get("data")).get(field);
  }
}
