package io.tributary.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.interop.MessageScenario.Protocol;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real npm client libraries against a real gateway serving the built-in source APIs on DynamoDB
 * Local: aws-appsync-subscription-link in both of its auth styles and graphql-ws.
 */
class ClientLibrariesInteropTest {
  private static TestGateway gateway;

  @BeforeAll
  static void startGateway() {
    gateway = TestGateway.start(TestGateway.repoRoot().resolve("source-apis"),
        DynamoDbYaml.withFreshTables("interop-clients"));
  }

  @AfterAll
  static void stopGateway() {
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  void appSyncLink400AuthenticatesInTheQueryStringAndGetsOnlyItsConversationsMessages() {
    List<Map<String, Object>> sockets = run("appsync-link-400-client.mjs", Protocol.APPSYNC);

    Map<String, Object> socket = sockets.get(0);
    String url = socket.get("url").toString();
    assertTrue(url.startsWith(gateway.gateway().realtimeUrl() + "?header="), url);
    assertEquals(List.of("graphql-ws"), socket.get("protocols"));
  }

  @Test
  void appSyncLink403AuthenticatesWithTheHeaderSubProtocolAndGetsOnlyItsConversationsMessages() {
    List<Map<String, Object>> sockets = run("appsync-link-403-client.mjs", Protocol.APPSYNC);

    Map<String, Object> socket = sockets.get(0);
    assertEquals(gateway.gateway().realtimeUrl(), socket.get("url"));
    List<?> protocols = (List<?>) socket.get("protocols");
    assertEquals("graphql-ws", protocols.get(0));
    assertTrue(protocols.get(1).toString().startsWith("header-"), protocols.toString());
  }

  // The newest Apollo Client line (4.3.8, graphql 16.15.0, ws 8.23.0) beside the 4.1.9 pins above.
  // READY is the link's CONNECTED control message (@@controlEvents), i.e. start_ack surfaced.
  @Test
  void apolloClient43WithAppSyncLink400GetsStartAckAsConnectedAndOnlyItsConversationsMessages() {
    List<Map<String, Object>> sockets = run("apollo-4.3/appsync-link-400-client.mjs", Protocol.APPSYNC);

    String url = sockets.get(0).get("url").toString();
    assertTrue(url.startsWith(gateway.gateway().realtimeUrl() + "?header="), url);
    assertEquals(List.of("graphql-ws"), sockets.get(0).get("protocols"));
  }

  @Test
  void apolloClient43WithAppSyncLink403GetsStartAckAsConnectedAndOnlyItsConversationsMessages() {
    List<Map<String, Object>> sockets = run("apollo-4.3/appsync-link-403-client.mjs", Protocol.APPSYNC);

    assertEquals(gateway.gateway().realtimeUrl(), sockets.get(0).get("url"));
    List<?> protocols = (List<?>) sockets.get(0).get("protocols");
    assertEquals("graphql-ws", protocols.get(0));
    assertTrue(protocols.get(1).toString().startsWith("header-"), protocols.toString());
  }

  @Test
  void graphqlWsClientGetsOnlyItsConversationsMessages() {
    List<Map<String, Object>> sockets = run("graphql-ws-client.mjs", Protocol.GRAPHQL_TRANSPORT_WS);

    assertEquals(List.of("graphql-transport-ws"), sockets.get(0).get("protocols"));
  }

  @Test
  void enhancedFilterDeliversOnlyConversationsThatIncludeTheSubscribedUser() {
    ChatApi chat = new ChatApi(gateway::post);
    String carol = "carol-" + UUID.randomUUID();
    try (NodeClient client = NodeClient.start("appsync-link-403-client.mjs", gateway.graphqlUri().toString(),
        ChatApi.ON_CONVERSATION_UPDATED, Map.of("userId", carol), Map.of())) {
      client.awaitReady();

      String withCarol = chat.createConversation("with carol", List.of(carol, "dave"));
      client.awaitEvents(1);
      chat.createConversation("without carol", List.of("erin", "frank"));
      String carolAgain = chat.createConversation("carol again", List.of("grace", carol));
      client.awaitEvents(2);

      assertEquals(List.of(withCarol, carolAgain), ChatApi.ids(client.events(), "onConversationUpdated"),
          client.diagnostics());
      assertEquals(Map.of("data", Map.of("onConversationUpdated",
              Map.of("id", withCarol, "name", "with carol", "participantIds", List.of(carol, "dave")))),
          MessageScenario.withoutTypename(client.events().get(0)));
      client.stop();
      assertTrue(client.sentTypes().contains("stop"), client.diagnostics());
      Await.until("the gateway to drop the subscription", () -> gateway.gateway().subscriptionCount() == 0);
    }
  }

  private static List<Map<String, Object>> run(String script, Protocol protocol) {
    return new MessageScenario(script, protocol, Map.of()).run(gateway);
  }
}
