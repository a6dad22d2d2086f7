package io.tributary.sourceapis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tributary.datasource.dynamodb.CallRecorder;
import io.tributary.testsupport.DynamoDbLocalServer;
import io.tributary.testsupport.TestGateway;
import io.tributary.testsupport.TestGateway.Response;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real gateway serving the repository's source APIs (tasks, chat, presence) for the
 * *SourceApiTest classes, plus GraphQL calls that assert success or a single error. By default it
 * uses the JVM's shared DynamoDB Local with tables under a prefix of the test's own.
 */
final class SourceApiGateway implements AutoCloseable {
  /**
   * The JS budget is wall-clock time and also bounds compiling each module at start; on a busy
   * build machine the 1 s default can fail startup. These tests are not about that limit.
   */
  static final String GENEROUS_JS_TIMEOUT = """
      resolvers:
        js:
          timeout: 10s
      """;

  private final TestGateway gateway;

  private SourceApiGateway(TestGateway gateway) {
    this.gateway = gateway;
  }

  /** The real source APIs on the shared DynamoDB Local, tables prefixed with {@code tablePrefix}. */
  static SourceApiGateway onSharedDynamoDb(String tablePrefix) {
    return on(sourceApis(), DynamoDbLocalServer.shared().endpoint(), tablePrefix, "");
  }

  /**
   * {@code sourceApis} against DynamoDB at {@code endpoint} (AWS mode, tables created at start);
   * {@code dynamoDbSettings} are further {@code key: value} lines for the dynamodb section.
   */
  static SourceApiGateway on(Path sourceApis, URI endpoint, String tablePrefix, String dynamoDbSettings) {
    String yaml = GENEROUS_JS_TIMEOUT + """
        dynamodb:
          mode: AWS
          endpoint: %s
          createTables: true
          tablePrefix: %s
          credentials:
            accessKeyId: local
            secretAccessKey: local
        """.formatted(endpoint, tablePrefix) + dynamoDbSettings.indent(2);
    return new SourceApiGateway(TestGateway.start(sourceApis, yaml));
  }

  /** Any configuration: {@code yaml} is appended to the test gateway's defaults. */
  static SourceApiGateway withYaml(Path sourceApis, String yaml) {
    return new SourceApiGateway(TestGateway.start(sourceApis, yaml));
  }

  static Path sourceApis() {
    return TestGateway.repoRoot().resolve("source-apis");
  }

  TestGateway http() {
    return gateway;
  }

  CallRecorder calls() {
    return gateway.gateway().dynamoDbCalls();
  }

  /** Runs an operation that must succeed; returns its {@code data}. */
  @SuppressWarnings("unchecked")
  Map<String, Object> ok(String query, Map<String, Object> variables) {
    Response response = gateway.post(query, variables);
    assertEquals(200, response.status(), response.body());
    assertNull(response.json().get("errors"), response.body());
    return (Map<String, Object>) response.json().get("data");
  }

  /** Runs an operation that must succeed and returns one root field's value. */
  @SuppressWarnings("unchecked")
  Map<String, Object> field(String name, String query, Map<String, Object> variables) {
    return (Map<String, Object>) ok(query, variables).get(name);
  }

  /** Runs an operation that must fail with exactly one error; returns that error. */
  @SuppressWarnings("unchecked")
  Map<String, Object> error(String query, Map<String, Object> variables) {
    Response response = gateway.post(query, variables);
    assertEquals(200, response.status(), response.body());
    List<Map<String, Object>> errors = (List<Map<String, Object>>) response.json().get("errors");
    assertNotNull(errors, response.body());
    assertEquals(1, errors.size(), response.body());
    return errors.get(0);
  }

  @Override
  public void close() {
    gateway.close();
  }
}
