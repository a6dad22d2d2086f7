package io.tributary.sourceapis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.auth.local.LocalIssuer;
import io.tributary.http.JsonCodec;
import io.tributary.testsupport.DynamoDbLocalServer;
import io.tributary.testsupport.TestGateway;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in source APIs with signed-in users, as the embedded default runs them (user pools on
 * the local issuer beside API keys): the sender is the caller, owners alone change their tasks and
 * messages (admins any), an admin-only field is null for everyone else, and API keys keep working.
 */
class SignedInSourceApiTest {
  private static final String ISSUER = "http://localhost/local-issuer-test";
  private static SourceApiGateway api;
  private static LocalIssuer issuer;
  private static Seed seed;

  @BeforeAll
  static void start() throws Exception {
    Path keyFile = Files.createTempDirectory("tributary-issuer").resolve("key.json");
    api = SourceApiGateway.withYaml(SourceApiGateway.sourceApis(), """
          additionalModes: [AMAZON_COGNITO_USER_POOLS]
          cognito:
            userPoolId: local_test
            issuer: local
          localIssuer:
            enabled: true
            issuer: %s
            keyFile: %s
        """.formatted(ISSUER, keyFile) + SourceApiGateway.GENEROUS_JS_TIMEOUT + """
        dynamodb:
          mode: AWS
          endpoint: %s
          createTables: true
          tablePrefix: signedin-
          credentials:
            accessKeyId: local
            secretAccessKey: local
        """.formatted(DynamoDbLocalServer.shared().endpoint()));
    // The same key file the gateway created: what `tributary token` does.
    issuer = LocalIssuer.open(ISSUER, keyFile, Clock.systemUTC());
    seed = new Seed(api);
  }

  @AfterAll
  static void stop() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void aSignedInUserSendsAsThemselvesAndCannotImpersonate() {
    String ada = token("ada");
    String conversation = (String) seed.conversation("team", List.of("ada", "bob")).get("id");
    String send = "mutation M($in: SendMessageInput!) { sendMessage(input: $in) { senderId content } }";

    Map<String, Object> sent = data(call(ada, send, Map.of("in", Map.of("conversationId", conversation,
        "content", "hi")))).get("sendMessage") instanceof Map<?, ?> m ? cast(m) : null;
    assertEquals("ada", sent.get("senderId"));

    TestGateway.Response forged = call(ada, send, Map.of("in", Map.of("conversationId", conversation,
        "senderId", "bob", "content", "I am bob")));
    assertEquals("Unauthorized", firstError(forged).get("errorType"), forged.body());

    Map<String, Object> byKey = api.field("sendMessage", send,
        Map.of("in", Map.of("conversationId", conversation, "senderId", "bob", "content", "from a back end")));
    assertEquals("bob", byKey.get("senderId"));
  }

  @Test
  void onlyTheSenderOrAnAdminDeletesAMessage() {
    String conversation = (String) seed.conversation("c", List.of("ada", "bob")).get("id");
    String send = "mutation M($in: SendMessageInput!) { sendMessage(input: $in) { id } }";
    String delete = "mutation M($id: ID!) { deleteMessage(id: $id) { id } }";
    String first = (String) cast(data(call(token("ada"), send, Map.of("in", Map.of("conversationId", conversation,
        "content", "mine")))).get("sendMessage")).get("id");

    TestGateway.Response byBob = call(token("bob"), delete, Map.of("id", first));
    assertEquals("Unauthorized", firstError(byBob).get("errorType"), byBob.body());
    assertEquals(first, cast(data(call(token("ada"), delete, Map.of("id", first))).get("deleteMessage")).get("id"));

    String second = (String) cast(data(call(token("ada"), send, Map.of("in", Map.of("conversationId", conversation,
        "content", "again")))).get("sendMessage")).get("id");
    assertEquals(second, cast(data(call(token("root", "admins"), delete, Map.of("id", second)))
        .get("deleteMessage")).get("id"));
  }

  @Test
  void onlyTheCreatorAssigneeOrAnAdminChangesATask() {
    String create = "mutation M($in: CreateTaskInput!) { createTask(input: $in) { id version createdBy } }";
    String update = "mutation M($in: UpdateTaskInput!) { updateTask(input: $in) { id version status } }";
    String delete = "mutation M($id: ID!, $v: Int!) { deleteTask(id: $id, version: $v) { id } }";
    Map<String, Object> task = cast(data(call(token("ada"), create,
        Map.of("in", Map.of("title", "ship", "assignedTo", "carol")))).get("createTask"));
    assertEquals("ada", task.get("createdBy"));
    String id = (String) task.get("id");

    TestGateway.Response byBob = call(token("bob"), update, Map.of("in", Map.of("id", id, "expectedVersion", 1,
        "status", "DONE")));
    assertEquals("Unauthorized", firstError(byBob).get("errorType"), byBob.body());
    assertEquals(2, cast(data(call(token("carol"), update, Map.of("in", Map.of("id", id, "expectedVersion", 1,
        "status", "IN_PROGRESS")))).get("updateTask")).get("version"), "the assignee may update");
    TestGateway.Response stale = call(token("ada"), update, Map.of("in", Map.of("id", id, "expectedVersion", 1)));
    assertEquals("DynamoDB:ConditionalCheckFailedException", firstError(stale).get("errorType"),
        "an owner with a stale version still learns about the conflict");

    TestGateway.Response deleteByCarol = call(token("carol"), delete, Map.of("id", id, "v", 2));
    assertEquals("Unauthorized", firstError(deleteByCarol).get("errorType"), "assignees may not delete");
    assertEquals(id, cast(data(call(token("root", "admins"), delete, Map.of("id", id, "v", 2))).get("deleteTask"))
        .get("id"));
  }

  @Test
  void emailIsReadableByAdminsAndApiKeysOnly() {
    String userId = "u-" + System.nanoTime();
    api.ok("mutation M($in: CreateUserInput!) { createUser(input: $in) { userId } }",
        Map.of("in", Map.of("userId", userId, "username", userId, "email", "x@example.com")));
    String query = "query Q($id: ID!) { getUser(userId: $id) { username email } }";

    TestGateway.Response member = call(token("bob"), query, Map.of("id", userId));
    assertEquals(userId, cast(data(member).get("getUser")).get("username"));
    assertNull(cast(data(member).get("getUser")).get("email"));
    assertEquals("Unauthorized", firstError(member).get("errorType"));
    assertEquals("x@example.com", cast(data(call(token("root", "admins"), query, Map.of("id", userId)))
        .get("getUser")).get("email"));
    assertEquals("x@example.com", api.field("getUser", query, Map.of("id", userId)).get("email"));
  }

  private static String token(String user, String... groups) {
    return issuer.mint(user, List.of(groups), "id", Duration.ofMinutes(5), null);
  }

  private static TestGateway.Response call(String token, String query, Map<String, Object> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    body.put("variables", variables);
    return api.http().send(HttpRequest.newBuilder(api.http().graphqlUri())
        .header("content-type", "application/json")
        .header("authorization", token)
        .POST(HttpRequest.BodyPublishers.ofByteArray(JsonCodec.write(body))));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(TestGateway.Response response) {
    assertEquals(200, response.status(), response.body());
    Map<String, Object> data = (Map<String, Object>) response.json().get("data");
    assertTrue(data != null, response.body());
    return data;
  }

  private static Map<String, Object> firstError(TestGateway.Response response) {
    assertEquals(200, response.status(), response.body());
    return response.firstError();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    assertTrue(value instanceof Map, String.valueOf(value));
    return (Map<String, Object>) value;
  }
}
