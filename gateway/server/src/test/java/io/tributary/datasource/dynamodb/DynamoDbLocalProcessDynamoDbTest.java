package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DynamoDbTestBed.WAIT;
import static io.tributary.datasource.dynamodb.DynamoDbTestBed.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.datasource.DataSourceCall;
import io.tributary.datasource.DataSourceException;
import io.tributary.datasource.dynamodb.local.DynamoDbLocalOptions;
import io.tributary.datasource.dynamodb.local.DynamoDbLocalProcess;
import io.tributary.datasource.dynamodb.local.KeySpec;
import io.tributary.datasource.dynamodb.local.TableProvisioner;
import io.tributary.datasource.dynamodb.local.TableSpec;
import io.tributary.execution.RequestScope;
import io.tributary.testsupport.Await;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/** Private DynamoDB Local processes: crashes, restarts and persistence. */
class DynamoDbLocalProcessDynamoDbTest {
  private static final TableSpec NOTES = TableSpec.of("notes", new KeySpec("id", "S"), null);
  private final Vertx vertx = Vertx.vertx();
  private final List<DynamoDbAsyncClient> clients = new ArrayList<>();
  private final List<DynamoDbLocalProcess> processes = new ArrayList<>();

  @AfterEach
  void tearDown() {
    clients.forEach(DynamoDbAsyncClient::close);
    processes.stream().filter(DynamoDbLocalProcess::isAlive).forEach(p -> Await.result(p.stop(), WAIT));
    Await.result(vertx.close(), WAIT);
  }

  private DynamoDbLocalProcess start(DynamoDbLocalOptions options) {
    DynamoDbLocalProcess process = Await.result(DynamoDbLocalProcess.start(vertx, options), WAIT);
    processes.add(process);
    return process;
  }

  private DynamoDbDataSource notesOn(DynamoDbLocalProcess process) {
    DynamoDbAsyncClient client = DynamoDbClients.create(new DynamoDbClientOptions("us-east-1",
        process.endpoint().toString(), "local", "local", null, Duration.ofSeconds(5), 1));
    clients.add(client);
    Await.result(DynamoDbClients.warmUp(vertx, client), WAIT);
    Await.result(new TableProvisioner(client, vertx.getOrCreateContext()).provision(List.of(NOTES)),
        WAIT);
    return new DynamoDbDataSource("notes", client, TableMapping.single("notes"),
        new PageTokens("another-secret-0123456789"));
  }

  private Future<List<Future<Object>>> invoke(DynamoDbDataSource source, List<Map<String, Object>> docs) {
    Context context = vertx.getOrCreateContext();
    Promise<List<Future<Object>>> issued = Promise.promise();
    context.runOnContext(v -> {
      RequestScope scope = new RequestScope(context);
      List<Future<Object>> calls = new ArrayList<>();
      docs.forEach(d -> calls.add(source.invoke(new DataSourceCall(d, "Mutation.note", scope))));
      issued.complete(calls);
    });
    return issued.future();
  }

  private Object call(DynamoDbDataSource source, Map<String, Object> document) {
    return Await.result(invoke(source, List.of(document)).compose(all -> all.get(0)), WAIT);
  }

  private static Map<String, Object> putNote(String id) {
    return doc("""
        {"operation":"PutItem","key":{"id":{"S":"%s"}},"attributeValues":{"text":{"S":"%s"}}}"""
        .formatted(id, "x".repeat(20_000)));
  }

  @Test
  void dynamoDbDyingMidRequestFailsEveryCallClearlyWithoutHanging() {
    DynamoDbLocalProcess process = start(DynamoDbLocalOptions.inMemory());
    DynamoDbDataSource notes = notesOn(process);
    List<Map<String, Object>> writes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      writes.add(putNote("n" + i));
    }

    List<Future<Object>> inFlight = Await.result(invoke(notes, writes), WAIT);
    Await.result(process.kill(), WAIT);
    Await.result(Future.join(inFlight).otherwiseEmpty(), WAIT);

    for (Future<Object> call : inFlight) {
      assertTrue(call.succeeded() || isUnavailableOrTimeout(call.cause()), String.valueOf(call.cause()));
    }
    DataSourceException after = (DataSourceException) Await.failure(
        invoke(notes, List.of(doc("{\"operation\":\"GetItem\",\"key\":{\"id\":{\"S\":\"n1\"}}}")))
            .compose(all -> all.get(0)), WAIT);
    assertEquals(DynamoDbErrors.SERVICE_UNAVAILABLE, after.errorType());
    assertEquals("DynamoDB is unreachable", after.getMessage());
    assertFalse(process.isAlive());
  }

  private static boolean isUnavailableOrTimeout(Throwable error) {
    if (!(error instanceof DataSourceException e)) {
      return false;
    }
    return e.errorType().equals(DynamoDbErrors.SERVICE_UNAVAILABLE)
        || e.errorType().equals(DynamoDbErrors.SERVICE_TIMEOUT);
  }

  @Test
  void itemsWrittenWithDbPathSurviveARestartOnTheSameDirectory(@TempDir Path dir) {
    Path data = dir.resolve("nested/ddb");
    DynamoDbLocalProcess first = start(DynamoDbLocalOptions.persistent(data));
    call(notesOn(first), putNote("kept"));
    Await.result(first.stop(), WAIT);
    assertFalse(first.isAlive());

    DynamoDbLocalProcess second = start(DynamoDbLocalOptions.persistent(data));
    Object item = call(notesOn(second), doc("""
        {"operation":"GetItem","key":{"id":{"S":"kept"}},"consistentRead":true}"""));
    assertEquals("kept", ((Map<?, ?>) item).get("id"));
  }

  @Test
  void missingClasspathFileFailsStartupWithAClearMessage(@TempDir Path dir) {
    DynamoDbLocalOptions options = new DynamoDbLocalOptions(dir.resolve("absent.classpath"), null,
        0, Duration.ofSeconds(5));
    Throwable error = Await.failure(DynamoDbLocalProcess.start(vertx, options), WAIT);
    assertTrue(error.getMessage().contains("classpath file"), error.getMessage());
  }

  @Test
  void endpointThatNeverAnswersFailsWithServiceTimeoutAfterTheCallTimeout() {
    NetServer silent = vertx.createNetServer().connectHandler(socket -> socket.handler(ignored -> { }));
    int port = Await.result(silent.listen(0, "127.0.0.1"), WAIT).actualPort();
    DynamoDbAsyncClient client = DynamoDbClients.create(new DynamoDbClientOptions("us-east-1",
        "http://127.0.0.1:" + port, "local", "local", null, Duration.ofMillis(500), 0));
    clients.add(client);
    DynamoDbDataSource source = new DynamoDbDataSource("silent", client,
        TableMapping.single("notes"), new PageTokens("another-secret-0123456789"));

    DataSourceException error = (DataSourceException) Await.failure(invoke(source,
        List.of(doc("{\"operation\":\"Scan\"}"))).compose(all -> all.get(0)), WAIT);

    assertEquals(DynamoDbErrors.SERVICE_TIMEOUT, error.errorType());
    assertEquals("DynamoDB did not answer in time", error.getMessage());
  }
}
