package io.tributary.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tributary.testsupport.TestGateway;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The chat source API's mutations and subscriptions as the interop tests use them. */
final class ChatApi {
  static final String ON_MESSAGE_SENT = """
      subscription OnMessageSent($conversationId: ID!) {
        onMessageSent(conversationId: $conversationId) { id conversationId senderId content }
      }""";
  static final String ON_CONVERSATION_UPDATED = """
      subscription OnConversationUpdated($userId: ID!) {
        onConversationUpdated(userId: $userId) { id name participantIds }
      }""";
  private static final String CREATE_CONVERSATION = """
      mutation Create($input: CreateConversationInput!) {
        createConversation(input: $input) { id name participantIds createdAt updatedAt messageCount }
      }""";
  private static final String SEND_MESSAGE = """
      mutation Send($input: SendMessageInput!) {
        sendMessage(input: $input) { id conversationId senderId content type createdAt }
      }""";

  private final BiFunction<String, Map<String, Object>, TestGateway.Response> post;

  ChatApi(BiFunction<String, Map<String, Object>, TestGateway.Response> post) {
    this.post = post;
  }

  /** Creates a conversation and returns its id. */
  String createConversation(String name, List<String> participantIds) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("name", name);
    input.put("participantIds", participantIds);
    return (String) field(post.apply(CREATE_CONVERSATION, Map.of("input", input)), "createConversation").get("id");
  }

  /** Sends a message and returns its id. */
  String sendMessage(String conversationId, String senderId, String content) {
    Map<String, Object> input = Map.of("conversationId", conversationId, "senderId", senderId, "content", content);
    return (String) field(post.apply(SEND_MESSAGE, Map.of("input", input)), "sendMessage").get("id");
  }

  /** The mutation's result object, after checking the request fully succeeded. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> field(TestGateway.Response response, String name) {
    assertEquals(200, response.status(), response.body());
    assertNull(response.json().get("errors"), response.body());
    return (Map<String, Object>) response.data(name);
  }

  /** The ids of the subscription field's payloads, in arrival order. */
  @SuppressWarnings("unchecked")
  static List<Object> ids(List<Map<String, Object>> events, String field) {
    return events.stream()
        .map(event -> ((Map<String, Object>) event.get("data")).get(field))
        .map(payload -> ((Map<String, Object>) payload).get("id"))
        .toList();
  }
}
