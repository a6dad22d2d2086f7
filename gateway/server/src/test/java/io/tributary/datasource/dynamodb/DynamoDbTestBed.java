package io.tributary.datasource.dynamodb;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.datasource.DataSourceCall;
import io.tributary.datasource.DataSourceException;
import io.tributary.datasource.dynamodb.local.TableSpec;
import io.tributary.execution.RequestScope;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.DynamoDbLocalServer;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * A data source wired to the shared DynamoDB Local, with a call recorder and helpers that run
 * request documents on a Vert.x context the way the resolver runtime does.
 */
final class DynamoDbTestBed implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(60);
  static final String RESOLVER = "Query.test";
  private static final ObjectMapper JSON = new ObjectMapper();

  final Vertx vertx = Vertx.vertx();
  final CallRecorder recorder = new CallRecorder();
  final DynamoDbLocalServer server = DynamoDbLocalServer.shared();
  final DynamoDbAsyncClient client = server.newClient(recorder);
  final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "_";
  final PageTokens tokens = new PageTokens("test-secret-for-next-tokens");

  DynamoDbTestBed() {
    Await.result(DynamoDbClients.warmUp(vertx, client), WAIT);
  }

  /** Creates the tables, named {@code prefix + logical name}. */
  DynamoDbTestBed provision(TableSpec... logicalTables) {
    TableSpec[] physical = new TableSpec[logicalTables.length];
    for (int i = 0; i < logicalTables.length; i++) {
      TableSpec t = logicalTables[i];
      physical[i] = new TableSpec(prefix + t.name(), t.partitionKey(), t.sortKey(),
          t.globalSecondaryIndexes(), t.localSecondaryIndexes(), t.ttlAttribute());
    }
    server.provision(client, physical);
    recorder.reset();
    return this;
  }

  /** A data source whose single-table operations use {@code logicalTable}. */
  DynamoDbDataSource dataSource(String logicalTable) {
    return new DynamoDbDataSource("ddb", client, TableMapping.prefixed(prefix, logicalTable), tokens);
  }

  static Map<String, Object> doc(String json) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = JSON.readValue(json, Map.class);
      return map;
    } catch (Exception e) {
      throw new IllegalArgumentException("bad test JSON: " + json, e);
    }
  }

  /** Runs one document on a fresh context and request, returning its result. */
  Object call(DynamoDbDataSource source, Object document) {
    return call(source, document, RESOLVER);
  }

  Object call(DynamoDbDataSource source, Object document, String resolver) {
    return Await.result(invokeAll(source, List.of(document), resolver).compose(all -> all.get(0)), WAIT);
  }

  /** The DataSourceException a document fails with. */
  DataSourceException failure(DynamoDbDataSource source, Object document) {
    return failure(source, document, RESOLVER);
  }

  DataSourceException failure(DynamoDbDataSource source, Object document, String resolver) {
    Throwable error = Await.failure(
        invokeAll(source, List.of(document), resolver).compose(all -> all.get(0)), WAIT);
    if (error instanceof DataSourceException e) {
      return e;
    }
    throw new AssertionError("expected a DataSourceException, got " + error, error);
  }

  /**
   * Issues every document in the same event-loop turn of one request, as sibling resolvers do,
   * and completes with each call's own future.
   */
  Future<List<Future<Object>>> invokeAll(DynamoDbDataSource source, List<?> documents,
      String resolver) {
    Context context = vertx.getOrCreateContext();
    Promise<List<Future<Object>>> issued = Promise.promise();
    context.runOnContext(v -> {
      RequestScope scope = new RequestScope(context);
      List<Future<Object>> calls = new ArrayList<>();
      for (Object document : documents) {
        calls.add(source.invoke(new DataSourceCall(document, resolver, scope)));
      }
      issued.complete(calls);
    });
    return issued.future();
  }

  /** Every result of {@link #invokeAll}, failing if any call failed. */
  List<Object> callAll(DynamoDbDataSource source, List<?> documents) {
    List<Future<Object>> calls = Await.result(invokeAll(source, documents, RESOLVER), WAIT);
    Await.result(Future.all(calls), WAIT);
    return calls.stream().map(Future::result).toList();
  }

  @Override
  public void close() {
    client.close();
    Await.result(vertx.close(), WAIT);
  }
}
