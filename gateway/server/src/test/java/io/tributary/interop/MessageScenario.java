package io.tributary.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.bootstrap.Gateway;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * What every client library must get right: subscribed to onMessageSent(conversationId: A), it
 * receives exactly the messages sent to A, never those sent to another conversation, and its
 * unsubscribe leaves nothing behind on the gateway.
 *
 * @param script   the node script under src/test/js
 * @param protocol the WebSocket protocol the library speaks
 * @param env      extra environment for node, e.g. NODE_EXTRA_CA_CERTS
 */
record MessageScenario(String script, Protocol protocol, Map<String, String> env) {

  /** What READY means and how a client unsubscribes, per protocol. */
  enum Protocol {
    /** READY is start_ack, which the gateway sends only once the subscription is live. */
    APPSYNC(true, "stop"),
    /** graphql-transport-ws never acknowledges a subscribe. */
    GRAPHQL_TRANSPORT_WS(false, "complete");

    final boolean startAcked;
    final String unsubscribe;

    Protocol(boolean startAcked, String unsubscribe) {
      this.startAcked = startAcked;
      this.unsubscribe = unsubscribe;
    }
  }

  /** Runs the scenario and returns the WebSockets the library opened, for transport checks. */
  List<Map<String, Object>> run(TestGateway gateway) {
    return run(gateway.gateway(), gateway::post);
  }

  /** Runs the scenario against {@code gateway}, mutating through {@code post}. */
  List<Map<String, Object>> run(Gateway gateway, BiFunction<String, Map<String, Object>, TestGateway.Response> post) {
    ChatApi chat = new ChatApi(post);
    String alice = "alice-" + UUID.randomUUID();
    String watched = chat.createConversation("watched", List.of(alice));
    String other = chat.createConversation("other", List.of(alice));
    try (NodeClient client = NodeClient.start(script, gateway.graphqlUrl(), ChatApi.ON_MESSAGE_SENT,
        Map.of("conversationId", watched), env)) {
      client.awaitReady();
      awaitRegistered(gateway);

      String first = chat.sendMessage(watched, alice, "first");
      client.awaitEvents(1);
      assertEquals(Map.of("data", Map.of("onMessageSent",
              Map.of("id", first, "conversationId", watched, "senderId", alice, "content", "first"))),
          withoutTypename(client.events().get(0)), client.diagnostics());

      chat.sendMessage(other, alice, "elsewhere");
      String second = chat.sendMessage(watched, alice, "second");
      client.awaitEvents(2);
      // Events arrive in mutation order, so the message to the other conversation would have
      // arrived before the second one had the filter let it through.
      assertEquals(List.of(first, second), ChatApi.ids(client.events(), "onMessageSent"), client.diagnostics());

      List<Map<String, Object>> sockets = client.openedSockets();
      client.stop();
      assertTrue(client.sentTypes().contains(protocol.unsubscribe), "no " + protocol.unsubscribe + ": " + client.diagnostics());
      Await.until("the gateway to drop the subscription and the connection",
          () -> gateway.subscriptionCount() == 0 && gateway.connectionCount() == 0);
      assertEquals(List.of(), client.errors(), client.diagnostics());
      return sockets;
    }
  }

  private void awaitRegistered(Gateway gateway) {
    if (protocol.startAcked) {
      // start_ack must only be sent once the subscription is live.
      assertEquals(1, gateway.subscriptionCount(), "subscriptions live when start_ack arrived");
      return;
    }
    Await.until("the gateway to register the subscription", () -> gateway.subscriptionCount() == 1);
  }

  /** AppSync clients add __typename to every selection; the comparison ignores it. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> withoutTypename(Map<String, Object> event) {
    Map<String, Object> data = (Map<String, Object>) event.get("data");
    Map.Entry<String, Object> field = data.entrySet().iterator().next();
    Map<String, Object> payload = new java.util.LinkedHashMap<>((Map<String, Object>) field.getValue());
    payload.remove("__typename");
    return Map.of("data", Map.of(field.getKey(), payload));
  }
}
