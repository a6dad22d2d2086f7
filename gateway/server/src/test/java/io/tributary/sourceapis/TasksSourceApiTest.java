package io.tributary.sourceapis;

import static io.tributary.sourceapis.BatchingSourceApiTest.items;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.testsupport.TestGateway.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tasks source API end to end: CRUD, optimistic concurrency, pagination. */
class TasksSourceApiTest {
  private static final String UPDATE = "mutation M($in: UpdateTaskInput!) { updateTask(input: $in) { " + Seed.TASK_FIELDS + " } }";
  private static final String GET = "query Q($id: ID!) { getTask(id: $id) { " + Seed.TASK_FIELDS + " } }";
  private static final String DELETE = "mutation M($id: ID!, $v: Int!) { deleteTask(id: $id, version: $v) { id version } }";
  private static SourceApiGateway api;
  private static Seed seed;

  @BeforeAll
  static void start() {
    api = SourceApiGateway.onSharedDynamoDb("tasks-");
    seed = new Seed(api);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void createGetUpdateAndDeleteATask() {
    Map<String, Object> created = seed.task("write tests", "TODO", null);
    assertEquals(1, created.get("version"));
    assertEquals("MEDIUM", created.get("priority"));
    String id = (String) created.get("id");
    assertEquals(created, api.field("getTask", GET, Map.of("id", id)));

    Map<String, Object> updated = api.field("updateTask", UPDATE,
        Map.of("in", Map.of("id", id, "expectedVersion", 1, "status", "DONE", "priority", "HIGH", "description", "all of them")));
    assertEquals(2, updated.get("version"));
    assertEquals("DONE", updated.get("status"));
    assertEquals("all of them", updated.get("description"));
    assertEquals("write tests", updated.get("title"));

    Map<String, Object> cleared = new LinkedHashMap<>(Map.of("id", id, "expectedVersion", 2));
    cleared.put("description", null);
    assertNull(api.field("updateTask", UPDATE, Map.of("in", cleared)).get("description"));

    assertEquals(Map.of("id", id, "version", 3), api.field("deleteTask", DELETE, Map.of("id", id, "v", 3)));
    assertNull(api.ok(GET, Map.of("id", id)).get("getTask"));
  }

  @Test
  void aBlankTitleIsRefused() {
    Map<String, Object> error = api.error("mutation { createTask(input: {title: \"   \"}) { id } }", null);
    assertEquals("ValidationError", error.get("errorType"));
    assertEquals("A task needs a title.", error.get("message"));
  }

  @Test
  void deletingWithAStaleVersionFailsAndKeepsTheTask() {
    String id = (String) seed.task("keep me", "TODO", null).get("id");

    Map<String, Object> error = api.error(DELETE, Map.of("id", id, "v", 7));

    assertEquals("DynamoDB:ConditionalCheckFailedException", error.get("errorType"));
    assertEquals(id, api.field("getTask", GET, Map.of("id", id)).get("id"));
  }

  @Test
  void twoConcurrentUpdatesOfTheSameVersionLetExactlyOneWin() throws Exception {
    String id = (String) seed.task("contested", "TODO", null).get("id");
    CyclicBarrier together = new CyclicBarrier(2);
    List<CompletableFuture<Response>> calls = new ArrayList<>();
    for (String title : List.of("mine", "yours")) {
      calls.add(CompletableFuture.supplyAsync(() -> {
        await(together);
        return api.http().post(UPDATE, Map.of("in", Map.of("id", id, "expectedVersion", 1, "title", title)));
      }));
    }
    Response first = calls.get(0).get();
    Response second = calls.get(1).get();

    Response winner = first.json().get("errors") == null ? first : second;
    Response loser = winner == first ? second : first;
    assertNull(winner.json().get("errors"), winner.body());
    assertNotNull(loser.json().get("errors"), "both updates succeeded: " + loser.body());
    @SuppressWarnings("unchecked")
    Map<String, Object> won = (Map<String, Object>) winner.data("updateTask");
    assertEquals(2, won.get("version"));
    Map<String, Object> error = loser.firstError();
    assertEquals("DynamoDB:ConditionalCheckFailedException", error.get("errorType"));
    assertEquals(List.of("updateTask"), error.get("path"));
    assertNull(loser.data("updateTask"));
    // the error carries the task as stored now (the winner's write), filtered to the selection;
    // attributes the item does not have are absent rather than null
    Map<String, Object> stored = new LinkedHashMap<>(won);
    stored.values().removeIf(java.util.Objects::isNull);
    assertEquals(stored, error.get("data"));
    assertEquals(won, api.field("getTask", GET, Map.of("id", id)));
  }

  @Test
  void listTasksByStatusPagesThroughEveryTaskOnceInCreationOrder() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      created.add((String) seed.task("paged " + i, "BLOCKED", null).get("id"));
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("t", token);
      Map<String, Object> page = api.field("listTasksByStatus",
          "query Q($t: String) { listTasksByStatus(status: BLOCKED, limit: 3, nextToken: $t) { items { id createdAt } nextToken } }", variables);
      items(page).forEach(item -> seen.add((String) item.get("id")));
      assertTrue(items(page).size() <= 3);
      token = (String) page.get("nextToken");
      pages++;
    } while (token != null);

    assertEquals(created.size(), seen.size());
    assertEquals(new HashSet<>(created), new HashSet<>(seen));
    assertTrue(pages >= 3, "7 tasks in pages of 3 need at least 3 pages, got " + pages);
  }

  @Test
  void listTasksByStatusNewestFirstReversesTheOrder() {
    for (int i = 0; i < 3; i++) {
      seed.task("done " + i, "DONE", null);
    }
    List<String> oldest = createdAts(false);
    List<String> newest = createdAts(true);

    List<String> reversed = new ArrayList<>(newest);
    java.util.Collections.reverse(reversed);
    assertEquals(oldest, reversed);
    assertEquals(oldest.stream().sorted().toList(), oldest);
  }

  @Test
  void listTasksPagesWithNextToken() {
    for (int i = 0; i < 5; i++) {
      seed.task("scan " + i, "IN_PROGRESS", null);
    }
    Set<String> seen = new HashSet<>();
    String token = null;
    do {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("t", token);
      Map<String, Object> page = api.field("listTasks",
          "query Q($t: String) { listTasks(limit: 2, nextToken: $t) { items { id } nextToken } }", variables);
      for (Map<String, Object> item : items(page)) {
        assertTrue(seen.add((String) item.get("id")), "seen twice: " + item);
      }
      token = (String) page.get("nextToken");
    } while (token != null);
    assertTrue(seen.size() >= 5);
  }

  @Test
  void aLimitOutOfRangeIsAValidationError() {
    Map<String, Object> error = api.error("{ listTasks(limit: 500) { items { id } } }", null);
    assertEquals("ValidationError", error.get("errorType"));
    assertNotEquals(null, error.get("message"));
  }

  private static List<String> createdAts(boolean newestFirst) {
    Map<String, Object> page = api.field("listTasksByStatus",
        "query Q($n: Boolean) { listTasksByStatus(status: DONE, limit: 100, newestFirst: $n) { items { createdAt } } }",
        Map.of("n", newestFirst));
    return items(page).stream().map(item -> (String) item.get("createdAt")).toList();
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
