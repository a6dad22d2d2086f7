package io.tributary.sourceapis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tributary.auth.local.LocalIssuer;
import io.tributary.http.JsonCodec;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.DynamoDbLocalServer;
import io.tributary.testsupport.RedisServerProcess;
import io.tributary.testsupport.TestGateway;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API cache on the tasks source API's {@code getTask} (per-resolver caching keyed by
 * {@code $context.arguments.id}), with every DynamoDB call counted: the second identical read costs
 * none, keys and callers are kept apart, updateTask's {@code evictFromApiCache} makes the next read
 * fresh, the admin flush empties it, and with Redis as the store a Redis that dies mid-test only
 * costs cache misses until it is back.
 */
class CachingSourceApiTest {
  private static final String GET = "query Q($id: ID!) { getTask(id: $id) { id title version } }";
  private static final String UPDATE = "mutation M($in: UpdateTaskInput!) { updateTask(input: $in) { id version } }";
  private static final String ADMIN_TOKEN = "test-admin-token";
  private static final String ISSUER = "http://localhost/caching-test";
  private static SourceApiGateway api;
  private static LocalIssuer issuer;
  private static Seed seed;

  @BeforeAll
  static void start() throws Exception {
    Path keyFile = Files.createTempDirectory("tributary-cache-test").resolve("key.json");
    api = SourceApiGateway.withYaml(SourceApiGateway.sourceApis(), authYaml(keyFile) + """
        cache:
          adminToken: %s
        """.formatted(ADMIN_TOKEN) + dynamoDb("cache-"));
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
  void theSecondIdenticalReadCostsNoDynamoDbCall() {
    String id = (String) seed.task("cached", "TODO", null).get("id");
    api.calls().reset();

    Map<String, Object> first = api.field("getTask", GET, Map.of("id", id));
    assertEquals(1, api.calls().total());
    Map<String, Object> second = api.field("getTask", GET, Map.of("id", id));

    assertEquals(first, second);
    assertEquals(Map.of("GetItem", 1L), api.calls().counts(), "the second read came from the cache");
  }

  @Test
  void differentArgumentsAreDifferentEntries() {
    String a = (String) seed.task("a", "TODO", null).get("id");
    String b = (String) seed.task("b", "TODO", null).get("id");
    api.calls().reset();

    assertEquals("a", api.field("getTask", GET, Map.of("id", a)).get("title"));
    assertEquals("b", api.field("getTask", GET, Map.of("id", b)).get("title"));
    assertEquals("a", api.field("getTask", GET, Map.of("id", a)).get("title"));
    assertEquals("b", api.field("getTask", GET, Map.of("id", b)).get("title"));

    assertEquals(2, api.calls().total());
  }

  @Test
  void anApiKeyAndASignedInUserDoNotShareAnEntry() {
    String id = (String) seed.task("shared?", "TODO", null).get("id");
    api.calls().reset();

    api.field("getTask", GET, Map.of("id", id));
    TestGateway.Response signedIn = asUser("ada", GET, Map.of("id", id));
    asUser("ada", GET, Map.of("id", id));

    assertEquals(200, signedIn.status(), signedIn.body());
    assertEquals(2, api.calls().total(), "one read per auth mode, then hits");
  }

  @Test
  void anUpdateEvictsTheTaskSoTheNextReadIsFresh() {
    String id = (String) seed.task("before", "TODO", null).get("id");
    assertEquals(1, api.field("getTask", GET, Map.of("id", id)).get("version"));

    api.field("updateTask", UPDATE, Map.of("in", Map.of("id", id, "expectedVersion", 1, "title", "after")));
    api.calls().reset();
    Map<String, Object> read = api.field("getTask", GET, Map.of("id", id));

    assertEquals(2, read.get("version"));
    assertEquals("after", read.get("title"));
    assertEquals(1, api.calls().count("GetItem"), "evicted, so read from DynamoDB");
  }

  @Test
  void theAdminFlushEmptiesTheCacheAndNeedsItsToken() {
    String id = (String) seed.task("flush me", "TODO", null).get("id");
    api.field("getTask", GET, Map.of("id", id));

    assertEquals(401, flush("wrong").status());
    api.calls().reset();
    api.field("getTask", GET, Map.of("id", id));
    assertEquals(0, api.calls().total(), "still cached after a refused flush");

    TestGateway.Response flushed = flush(ADMIN_TOKEN);
    assertEquals(200, flushed.status(), flushed.body());
    api.field("getTask", GET, Map.of("id", id));
    assertEquals(1, api.calls().total());
  }

  @Test
  void aMissingTaskIsCachedAsNullAndStillAnswersNull() {
    api.calls().reset();
    assertNull(api.ok(GET, Map.of("id", "no-such-task")).get("getTask"));
    assertNull(api.ok(GET, Map.of("id", "no-such-task")).get("getTask"));
    assertEquals(1, api.calls().total());
  }

  @Test
  void withRedisAsTheStoreADeadRedisCostsOnlyMissesAndCachingResumes() throws Exception {
    RedisServerProcess redis = RedisServerProcess.start();
    try (SourceApiGateway shared = SourceApiGateway.withYaml(SourceApiGateway.sourceApis(), """
        cache:
          backend: REDIS
          redisEndpoint: %s
          timeout: 200ms
        """.formatted(redis.endpoint()) + dynamoDb("cache-redis-"))) {
      Seed tasks = new Seed(shared);
      String id = (String) tasks.task("in redis", "TODO", null).get("id");
      shared.field("getTask", GET, Map.of("id", id));
      shared.calls().reset();
      shared.field("getTask", GET, Map.of("id", id));
      assertEquals(0, shared.calls().total(), "served from Redis");

      redis.stop();
      for (int i = 0; i < 5; i++) {
        assertEquals("in redis", shared.field("getTask", GET, Map.of("id", id)).get("title"));
      }
      assertEquals(5, shared.calls().count("GetItem"), "every read went to DynamoDB while Redis was down");

      redis.restartSamePort();
      Await.until(Duration.ofSeconds(30), "caching to resume after Redis came back", () -> {
        shared.field("getTask", GET, Map.of("id", id));
        long before = shared.calls().total();
        shared.field("getTask", GET, Map.of("id", id));
        return shared.calls().total() == before;
      });
    } finally {
      redis.stop();
    }
  }

  private static TestGateway.Response flush(String token) {
    return api.http().send(HttpRequest.newBuilder(api.http().graphqlUri().resolve("/admin/cache/flush"))
        .header("x-tributary-admin-token", token)
        .POST(HttpRequest.BodyPublishers.noBody()));
  }

  private static TestGateway.Response asUser(String user, String query, Map<String, Object> variables) {
    String token = issuer.mint(user, List.of(), "id", Duration.ofMinutes(5), null);
    return api.http().send(HttpRequest.newBuilder(api.http().graphqlUri())
        .header("content-type", "application/json")
        .header("authorization", token)
        .POST(HttpRequest.BodyPublishers.ofByteArray(JsonCodec.write(Map.of("query", query, "variables", variables)))));
  }

  private static String authYaml(Path keyFile) {
    return """
          additionalModes: [AMAZON_COGNITO_USER_POOLS]
          cognito:
            userPoolId: local_test
            issuer: local
          localIssuer:
            enabled: true
            issuer: %s
            keyFile: %s
        """.formatted(ISSUER, keyFile);
  }

  private static String dynamoDb(String prefix) {
    return SourceApiGateway.GENEROUS_JS_TIMEOUT + """
        dynamodb:
          mode: AWS
          endpoint: %s
          createTables: true
          tablePrefix: %s
          credentials:
            accessKeyId: local
            secretAccessKey: local
        """.formatted(DynamoDbLocalServer.shared().endpoint(), prefix);
  }
}
