package io.tributary.sourceapis;

import static io.tributary.sourceapis.BatchingSourceApiTest.items;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chat source API end to end: conversations, membership, messages, search, pagination. */
class ChatSourceApiTest {
  private static final String GET_CONVERSATION = "query Q($id: ID!) { getConversation(id: $id) { " + Seed.CONVERSATION_FIELDS + " } }";
  private static final String LIST_CONVERSATIONS = "query Q($u: ID!) { listConversations(userId: $u, limit: 100) { items { id name } nextToken } }";
  private static final String GET_MESSAGE = "query Q($id: ID!) { getMessage(id: $id) { " + Seed.MESSAGE_FIELDS + " } }";
  private static final String SEND = "mutation M($in: SendMessageInput!) { sendMessage(input: $in) { id } }";
  private static SourceApiGateway api;
  private static Seed seed;

  @BeforeAll
  static void start() {
    api = SourceApiGateway.onSharedDynamoDb("chat-");
    seed = new Seed(api);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void createConversationDeduplicatesParticipantsAndIndexesEveryMember() {
    Map<String, Object> created = seed.conversation("team", List.of("cm-a", "cm-b", "cm-a"));

    assertEquals(List.of("cm-a", "cm-b"), created.get("participantIds"));
    assertEquals(0, created.get("messageCount"));
    assertEquals(created, api.field("getConversation", GET_CONVERSATION, Map.of("id", created.get("id"))));
    assertTrue(conversationIds("cm-a").contains(created.get("id")));
    assertTrue(conversationIds("cm-b").contains(created.get("id")));
  }

  @Test
  void updateConversationKeepsTheMembershipIndexInStep() {
    String id = (String) seed.conversation("rotating", List.of("up-a", "up-b")).get("id");

    Map<String, Object> updated = api.field("updateConversation",
        "mutation M($in: UpdateConversationInput!) { updateConversation(input: $in) { name participantIds } }",
        Map.of("in", Map.of("id", id, "name", "renamed", "participantIds", List.of("up-b", "up-c"))));

    assertEquals(Map.of("name", "renamed", "participantIds", List.of("up-b", "up-c")), updated);
    assertFalse(conversationIds("up-a").contains(id), "a participant who left is unindexed");
    assertTrue(conversationIds("up-b").contains(id));
    assertTrue(conversationIds("up-c").contains(id), "a new participant is indexed");
  }

  @Test
  void updatingAnUnknownConversationIsNotFound() {
    Map<String, Object> error = api.error("mutation { updateConversation(input: {id: \"nope\", name: \"x\"}) { id } }", null);
    assertEquals("NotFound", error.get("errorType"));
  }

  @Test
  void listConversationsOfAStrangerIsEmpty() {
    assertEquals(List.of(), conversationIds("nobody-at-all"));
  }

  @Test
  void sendMessageUpdatesTheConversationSummary() {
    String id = (String) seed.conversation("summary", List.of("sm-a", "sm-b")).get("id");
    seed.message(id, "sm-a", "first");
    Map<String, Object> last = seed.message(id, "sm-b", "second");

    Map<String, Object> conversation = api.field("getConversation", GET_CONVERSATION, Map.of("id", id));
    assertEquals(2, conversation.get("messageCount"));
    assertEquals("second", conversation.get("lastMessage"));
    assertEquals(last.get("createdAt"), conversation.get("lastMessageAt"));
    assertEquals("TEXT", last.get("type"));
    assertEquals(last, api.field("getMessage", GET_MESSAGE, Map.of("id", last.get("id"))));
  }

  @Test
  void sendMessageRejectsEmptyContentUnknownConversationsAndOutsiders() {
    String id = (String) seed.conversation("guarded", List.of("gd-a")).get("id");

    assertEquals("ValidationError", sendError(id, "gd-a", "   ").get("errorType"));
    assertEquals("ValidationError", sendError(id, "gd-a", "x".repeat(4001)).get("errorType"));
    Map<String, Object> unknown = sendError("no-such-conversation", "gd-a", "hi");
    assertEquals("NotFound", unknown.get("errorType"));
    Map<String, Object> outsider = sendError(id, "gd-stranger", "hi");
    assertEquals("Unauthorized", outsider.get("errorType"));
    assertEquals("User gd-stranger is not a participant of conversation " + id + ".", outsider.get("message"));

    assertEquals(0, api.field("getConversation", GET_CONVERSATION, Map.of("id", id)).get("messageCount"));
    assertEquals(List.of(), items(messagesPage(id, 10, null)));
  }

  @Test
  void listMessagesIsNewestFirstAndPagesWithNextToken() {
    String id = (String) seed.conversation("paging", List.of("pg-a")).get("id");
    seed.messages(id, java.util.Collections.nCopies(7, "pg-a"), "message");

    List<Map<String, Object>> all = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Map<String, Object> page = messagesPage(id, 3, token);
      all.addAll(items(page));
      token = (String) page.get("nextToken");
      pages++;
    } while (token != null);

    assertEquals(7, all.size());
    assertTrue(pages >= 3);
    List<Object> contents = all.stream().map(m -> m.get("content")).toList();
    assertEquals(List.of("message 6", "message 5", "message 4", "message 3", "message 2", "message 1", "message 0"), contents);
  }

  @Test
  void searchMessagesFindsMatchingContentAcrossPages() {
    String id = (String) seed.conversation("search", List.of("sr-a")).get("id");
    seed.message(id, "sr-a", "the quick fox");
    seed.message(id, "sr-a", "lazy dog");
    seed.message(id, "sr-a", "another fox appears");

    List<Object> found = new ArrayList<>();
    String token = null;
    do {
      Map<String, Object> variables = new LinkedHashMap<>(Map.of("c", id));
      variables.put("t", token);
      Map<String, Object> page = api.field("searchMessages",
          "query Q($c: ID!, $t: String) { searchMessages(conversationId: $c, text: \"fox\", limit: 1, nextToken: $t) { items { content } nextToken } }",
          variables);
      items(page).forEach(m -> found.add(m.get("content")));
      token = (String) page.get("nextToken");
    } while (token != null);

    assertEquals(List.of("another fox appears", "the quick fox"), found);
    Map<String, Object> error = api.error("query Q($c: ID!) { searchMessages(conversationId: $c, text: \"\") { items { id } } }", Map.of("c", id));
    assertEquals("ValidationError", error.get("errorType"));
  }

  @Test
  void deleteMessageRemovesItOnceThenIsNotFound() {
    String id = (String) seed.conversation("deleting", List.of("dl-a")).get("id");
    String messageId = (String) seed.message(id, "dl-a", "regret").get("id");
    String delete = "mutation M($id: ID!) { deleteMessage(id: $id) { id content } }";

    assertEquals(Map.of("id", messageId, "content", "regret"), api.field("deleteMessage", delete, Map.of("id", messageId)));
    assertNull(api.ok(GET_MESSAGE, Map.of("id", messageId)).get("getMessage"));
    assertEquals("NotFound", api.error(delete, Map.of("id", messageId)).get("errorType"));
  }

  private static Map<String, Object> sendError(String conversationId, String senderId, String content) {
    return api.error(SEND, Map.of("in", Map.of("conversationId", conversationId, "senderId", senderId, "content", content)));
  }

  private static Map<String, Object> messagesPage(String conversationId, int limit, String token) {
    Map<String, Object> variables = new LinkedHashMap<>(Map.of("c", conversationId, "l", limit));
    variables.put("t", token);
    return api.field("listMessages",
        "query Q($c: ID!, $l: Int, $t: String) { listMessages(conversationId: $c, limit: $l, nextToken: $t) { items { id content createdAt } nextToken } }",
        variables);
  }

  private static List<Object> conversationIds(String userId) {
    return items(api.field("listConversations", LIST_CONVERSATIONS, Map.of("u", userId))).stream()
        .map(c -> c.get("id")).toList();
  }
}
