package io.tributary.sourceapis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.datasource.dynamodb.PageTokens;
import io.tributary.testsupport.DynamoDbLocalServer;
import io.tributary.testsupport.TestGateway;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's hostile cases against the real source APIs: keys DynamoDB refuses, an item over
 * 400 KB, forged and foreign nextTokens, and a query on an index the table does not have. Each
 * is a clear AppSync-format error, nothing is written, and the gateway keeps serving.
 */
class HostileSourceApiTest {
  private static final String GET_TASK = "query Q($id: ID!) { getTask(id: $id) { id } }";
  private static final String GET_USER = "query Q($id: ID!) { getUser(userId: $id) { userId statusMessage } }";
  private static final String LIST_TASKS = "query Q($t: String) { listTasks(limit: 1, nextToken: $t) { items { id } nextToken } }";
  private static SourceApiGateway api;
  private static Seed seed;

  @BeforeAll
  static void start() {
    api = SourceApiGateway.onSharedDynamoDb("hostile-");
    seed = new Seed(api);
    seed.task("one", "TODO", null);
    seed.task("two", "TODO", null);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void anEmptyKeyIsAValidationErrorFromDynamoDb() {
    Map<String, Object> error = api.error(GET_TASK, Map.of("id", ""));

    assertEquals("DynamoDB:ValidationException", error.get("errorType"));
    assertEquals(List.of("getTask"), error.get("path"));
    assertFalse(((String) error.get("message")).isBlank());
  }

  @Test
  void aKeyOverDynamoDbsSizeLimitIsAValidationError() {
    Map<String, Object> error = api.error(GET_USER, Map.of("id", "k".repeat(3_000)));

    assertEquals("DynamoDB:ValidationException", error.get("errorType"));
  }

  @Test
  void anUpdateThatWouldGrowAnItemPast400KilobytesIsRefusedAndChangesNothing() {
    seed.users("big-", 1);
    String profile = "mutation M($in: UpdateUserProfileInput!) { updateUserProfile(input: $in) { userId } }";
    api.ok(profile, Map.of("in", Map.of("userId", "big-0", "statusMessage", "small")));

    Map<String, Object> error = api.error(profile, Map.of("in", Map.of("userId", "big-0", "statusMessage", "s".repeat(450_000))));

    assertEquals("DynamoDB:ValidationException", error.get("errorType"));
    assertEquals("small", api.field("getUser", GET_USER, Map.of("id", "big-0")).get("statusMessage"));
  }

  @Test
  void aTamperedNextTokenIsRefused() {
    String token = firstTasksToken();
    char last = token.charAt(token.length() - 2);
    String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

    assertInvalidToken(api.error(LIST_TASKS, Map.of("t", tampered)));
    assertInvalidToken(api.error(LIST_TASKS, Map.of("t", "definitely not a token")));
  }

  @Test
  void anEmptyNextTokenReadsTheFirstPageLikeNoToken() {
    Map<String, Object> none = new LinkedHashMap<>();
    none.put("t", null);

    Map<String, Object> first = api.field("listTasks", LIST_TASKS, none);

    assertEquals(first.get("items"), api.field("listTasks", LIST_TASKS, Map.of("t", "")).get("items"));
  }

  @Test
  void aNextTokenFromAnotherResolverIsRefused() {
    String token = firstTasksToken();
    String conversationId = (String) seed.conversation("foreign token", List.of("ft-a")).get("id");

    Map<String, Object> error = api.error(
        "query Q($c: ID!, $t: String) { listMessages(conversationId: $c, nextToken: $t) { items { id } } }",
        Map.of("c", conversationId, "t", token));

    assertInvalidToken(error);
    Map<String, Object> byStatus = api.error(
        "query Q($t: String) { listTasksByStatus(status: TODO, nextToken: $t) { items { id } } }", Map.of("t", token));
    assertInvalidToken(byStatus);
  }

  @Test
  void aQueryOnAnIndexTheTableDoesNotHaveIsAClearError() {
    try (SourceApiGateway probe = SourceApiGateway.on(TestGateway.fixture("undeclared-index"),
        DynamoDbLocalServer.shared().endpoint(), "probe-", "")) {
      Map<String, Object> error = probe.error("{ probesByOwner(owner: \"o\") { id } }", null);

      assertEquals("DynamoDB:ValidationException", error.get("errorType"));
      assertTrue(((String) error.get("message")).contains("index"), error.toString());
      assertEquals(List.of("probesByOwner"), error.get("path"));
    }
  }

  private static String firstTasksToken() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("t", null);
    String token = (String) api.field("listTasks", LIST_TASKS, variables).get("nextToken");
    assertTrue(token != null && token.length() > 4, "expected a nextToken, got " + token);
    return token;
  }

  private static void assertInvalidToken(Map<String, Object> error) {
    assertEquals(PageTokens.INVALID_TOKEN_TYPE, error.get("errorType"), error.toString());
    assertEquals(PageTokens.INVALID_TOKEN_MESSAGE, error.get("message"));
    assertNull(error.get("data"));
  }
}
