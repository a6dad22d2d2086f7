package io.tributary.sourceapis;

import static io.tributary.sourceapis.BatchingSourceApiTest.items;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LOCAL mode keeps its data: a gateway that starts its own DynamoDB Local on a data directory
 * writes, stops (taking DynamoDB Local with it), and a new gateway on the same directory reads
 * the same items, and even continues a pagination the first one started.
 */
class PersistenceSourceApiTest {
  private static final String GET_USER = "query Q($id: ID!) { getUser(userId: $id) { " + Seed.USER_FIELDS + " } }";
  private static final String LIST_TASKS = "query Q($t: String) { listTasks(limit: 2, nextToken: $t) { items { id title } nextToken } }";

  @TempDir
  Path data;

  @Test
  void aNewGatewayOnTheSameDataDirectoryReadsWhatTheFirstOneWrote() throws IOException {
    Map<String, Object> user;
    Map<String, Object> firstPage;
    try (SourceApiGateway first = SourceApiGateway.withYaml(SourceApiGateway.sourceApis(), localMode())) {
      Seed seed = new Seed(first);
      seed.users("kept-", 1);
      user = first.field("getUser", GET_USER, Map.of("id", "kept-0"));
      for (int i = 0; i < 3; i++) {
        seed.task("kept task " + i, "TODO", "kept-0");
      }
      firstPage = first.field("listTasks", LIST_TASKS, noToken());
    }
    assertTrue(hasFiles(data), "DynamoDB Local wrote nothing to " + data);

    try (SourceApiGateway second = SourceApiGateway.withYaml(SourceApiGateway.sourceApis(), localMode())) {
      assertEquals(user, second.field("getUser", GET_USER, Map.of("id", "kept-0")));
      String token = (String) firstPage.get("nextToken");
      assertNotNull(token);
      Map<String, Object> secondPage = second.field("listTasks", LIST_TASKS, Map.of("t", token));

      Set<Object> titles = new HashSet<>();
      items(firstPage).forEach(task -> titles.add(task.get("title")));
      items(secondPage).forEach(task -> titles.add(task.get("title")));
      assertEquals(Set.of("kept task 0", "kept task 1", "kept task 2"), titles);
    }
  }

  private String localMode() {
    return SourceApiGateway.GENEROUS_JS_TIMEOUT + """
        dynamodb:
          mode: LOCAL
          local:
            dataDirectory: %s
            inMemory: false
        pagination:
          tokenSecret: persistence-test-secret-0123456789
        """.formatted(data.toAbsolutePath());
  }

  private static Map<String, Object> noToken() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("t", null);
    return variables;
  }

  private static boolean hasFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> found = files.toList();
      return !found.isEmpty();
    }
  }
}
