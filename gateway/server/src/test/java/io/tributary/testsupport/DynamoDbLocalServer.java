package io.tributary.testsupport;

import io.tributary.datasource.dynamodb.CallRecorder;
import io.tributary.datasource.dynamodb.DynamoDbClientOptions;
import io.tributary.datasource.dynamodb.DynamoDbClients;
import io.tributary.datasource.dynamodb.local.DynamoDbLocalOptions;
import io.tributary.datasource.dynamodb.local.DynamoDbLocalProcess;
import io.tributary.datasource.dynamodb.local.TableProvisioner;
import io.tributary.datasource.dynamodb.local.TableSpec;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * One in-memory DynamoDB Local per test JVM, started on first use as a separate process and
 * stopped when the JVM exits. Test classes share it, so each uses its own table names.
 */
public final class DynamoDbLocalServer {
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static DynamoDbLocalServer shared;

  private final Vertx vertx;
  private final DynamoDbLocalProcess process;

  private DynamoDbLocalServer(Vertx vertx, DynamoDbLocalProcess process) {
    this.vertx = vertx;
    this.process = process;
  }

  /** The shared server, started on first call. */
  public static synchronized DynamoDbLocalServer shared() {
    if (shared == null) {
      Vertx vertx = Vertx.vertx();
      DynamoDbLocalProcess process =
          Await.result(DynamoDbLocalProcess.start(vertx, DynamoDbLocalOptions.inMemory()), WAIT);
      shared = new DynamoDbLocalServer(vertx, process);
    }
    return shared;
  }

  public URI endpoint() {
    return process.endpoint();
  }

  /** Client options for this server: dummy static credentials, a short call timeout. */
  public DynamoDbClientOptions clientOptions() {
    return DynamoDbClientOptions.local(endpoint().toString());
  }

  /** A new client that reports every call to {@code recorder}; the caller closes it. */
  public DynamoDbAsyncClient newClient(CallRecorder recorder) {
    return DynamoDbClients.create(clientOptions(), List.of(recorder));
  }

  /** Creates the tables that do not exist yet and waits until they are ACTIVE. */
  public void provision(DynamoDbAsyncClient client, TableSpec... tables) {
    TableProvisioner provisioner = new TableProvisioner(client, vertx.getOrCreateContext());
    Await.result(provisioner.provision(List.of(tables)), WAIT);
  }
}
