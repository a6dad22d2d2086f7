package io.tributary.sourceapis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: nested keyed reads of a list page cost one BatchGetItem, not one GetItem per item,
 * counted on the gateway's own DynamoDB client.
 */
class BatchingSourceApiTest {
  private static final String AUTHORS = "query Q($c: ID!) { listMessages(conversationId: $c, limit: 100) { items { senderId author { userId username } } } }";
  private static SourceApiGateway api;
  private static Seed seed;

  @BeforeAll
  static void start() {
    api = SourceApiGateway.onSharedDynamoDb("batching-");
    seed = new Seed(api);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aPageOfMessagesFromAHundredUsersLoadsItsAuthorsWithOneBatchGetItem() {
    List<String> users = seed.users("hundred-", 100);
    String conversationId = (String) seed.conversation("crowd", users.subList(0, 25)).get("id");
    for (int from = 0; from < 100; from += 25) {
      // a conversation holds at most 25 participants, so they take turns
      seed.participants(conversationId, users.subList(from, from + 25));
      seed.messages(conversationId, users.subList(from, from + 25), "hello from");
    }
    api.calls().reset();

    List<Map<String, Object>> items = items(api.field("listMessages", AUTHORS, Map.of("c", conversationId)));

    assertEquals(100, items.size());
    assertEquals(new HashSet<>(users), authorNames(items));
    assertEquals(Map.of("Query", 1L, "BatchGetItem", 1L), api.calls().counts());
  }

  @Test
  void aPageOfMessagesFromThreeUsersAsksForEachAuthorOnce() {
    List<String> users = seed.users("trio-", 3);
    String conversationId = (String) seed.conversation("trio", users).get("id");
    List<String> senders = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      senders.add(users.get(i % 3));
    }
    seed.messages(conversationId, senders, "round");
    api.calls().reset();

    List<Map<String, Object>> items = items(api.field("listMessages", AUTHORS, Map.of("c", conversationId)));

    assertEquals(100, items.size());
    for (Map<String, Object> item : items) {
      assertEquals(item.get("senderId"), author(item).get("username"));
    }
    // DynamoDB refuses a BatchGetItem with duplicate keys, so one call means 3 distinct keys
    assertEquals(Map.of("Query", 1L, "BatchGetItem", 1L), api.calls().counts());
  }

  @Test
  void listTasksLoadsAssigneesWithOneBatchGetItemAndSkipsUnassignedTasks() {
    List<String> users = seed.users("assignee-", 5);
    for (int i = 0; i < 30; i++) {
      seed.task("task " + i, "TODO", users.get(i % 5));
    }
    for (int i = 0; i < 5; i++) {
      seed.task("unassigned " + i, "BLOCKED", null);
    }
    api.calls().reset();

    List<Map<String, Object>> items = items(api.field("listTasks",
        "{ listTasks(limit: 100) { items { title assignedTo assignee { username } } nextToken } }", null));

    assertEquals(35, items.size());
    for (Map<String, Object> item : items) {
      if (item.get("assignedTo") == null) {
        assertNull(item.get("assignee"));
      } else {
        assertEquals(item.get("assignedTo"), author(Map.of("author", item.get("assignee"))).get("username"));
      }
    }
    assertEquals(Map.of("Scan", 1L, "BatchGetItem", 1L), api.calls().counts());
  }

  @Test
  void listTasksByStatusBatchesAssigneesToo() {
    List<String> users = seed.users("status-", 4);
    for (int i = 0; i < 12; i++) {
      seed.task("in progress " + i, "IN_PROGRESS", users.get(i % 4));
    }
    api.calls().reset();

    List<Map<String, Object>> items = items(api.field("listTasksByStatus",
        "{ listTasksByStatus(status: IN_PROGRESS, limit: 50) { items { assignedTo assignee { username } } } }", null));

    assertEquals(12, items.size());
    assertEquals(Map.of("Query", 1L, "BatchGetItem", 1L), api.calls().counts());
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> items(Map<String, Object> connection) {
    return (List<Map<String, Object>>) connection.get("items");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> author(Map<String, Object> item) {
    return (Map<String, Object>) item.get("author");
  }

  private static Set<Object> authorNames(List<Map<String, Object>> items) {
    Set<Object> names = new HashSet<>();
    items.forEach(item -> names.add(author(item).get("username")));
    return names;
  }
}
