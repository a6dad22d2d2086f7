package io.tributary.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.interop.MessageScenario.Protocol;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway serving TLS itself with a self-signed certificate: HTTPS queries, wss:// AppSync
 * subscriptions, and Amplify JS 6, which always rewrites the endpoint to wss://.
 */
class TlsInteropTest {
  private static TlsGateway gateway;

  @BeforeAll
  static void startGateway() {
    gateway = TlsGateway.start(TestGateway.repoRoot().resolve("source-apis"), DynamoDbYaml.withFreshTables("interop-tls"));
  }

  @AfterAll
  static void stopGateway() {
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  void httpsPostRunsMutationsAndQueries() {
    assertTrue(gateway.gateway().graphqlUrl().startsWith("https://"), gateway.gateway().graphqlUrl());
    ChatApi chat = new ChatApi(gateway::post);
    String id = chat.createConversation("over tls", List.of("tina"));

    Map<String, Object> read = ChatApi.field(
        gateway.post("query Get($id: ID!) { getConversation(id: $id) { id name participantIds } }", Map.of("id", id)),
        "getConversation");

    assertEquals(Map.of("id", id, "name", "over tls", "participantIds", List.of("tina")), read);
  }

  @Test
  void clientThatDoesNotTrustTheCertificateIsRefused() {
    UncheckedIOException refused = assertThrows(UncheckedIOException.class,
        () -> JsonHttp.post(HttpClient.newHttpClient(), gateway.gateway().graphqlUrl(), "{ __typename }", Map.of()));

    assertTrue(refused.getCause() instanceof SSLHandshakeException, refused.getCause().toString());
  }

  @Test
  void wssAppSyncConnectionDeliversAndStopsSubscriptions() {
    ChatApi chat = new ChatApi(gateway::post);
    String uma = "uma-" + UUID.randomUUID();
    String conversation = chat.createConversation("wss", List.of(uma));
    assertTrue(gateway.gateway().realtimeUrl().startsWith("wss://"), gateway.gateway().realtimeUrl());
    try (AppSyncSocket socket = AppSyncSocket.connect(gateway.http(), gateway.gateway().realtimeUrl())) {
      assertEquals("graphql-ws", socket.protocol());
      socket.start("s1", ChatApi.ON_MESSAGE_SENT, Map.of("conversationId", conversation));

      String message = chat.sendMessage(conversation, uma, "secure hello");
      Await.until("the message over wss", () -> socket.data("s1").size() == 1);
      assertEquals(Map.of("data", Map.of("onMessageSent",
              Map.of("id", message, "conversationId", conversation, "senderId", uma, "content", "secure hello"))),
          socket.data("s1").get(0));

      socket.stop("s1");
      Await.until("the subscription to end", () -> gateway.gateway().subscriptionCount() == 0);
    }
  }

  @Test
  void amplifyGetsOnlyItsConversationsMessagesOverWss() {
    List<Map<String, Object>> sockets = new MessageScenario("amplify-client.mjs", Protocol.APPSYNC,
        Map.of("NODE_EXTRA_CA_CERTS", gateway.certificatePath())).run(gateway.gateway(), gateway::post);

    Map<String, Object> socket = sockets.get(0);
    assertTrue(socket.get("url").toString().startsWith(gateway.gateway().realtimeUrl()), socket.toString());
    List<?> protocols = (List<?>) socket.get("protocols");
    assertEquals("graphql-ws", protocols.get(0));
    assertTrue(protocols.get(1).toString().startsWith("header-"), protocols.toString());
  }
}
