package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DocumentReader.mappingError;

import io.tributary.datasource.DataSource;
import io.tributary.datasource.DataSourceCall;
import io.tributary.datasource.DataSourceException;
import io.vertx.core.Future;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * An AppSync {@code AMAZON_DYNAMODB} data source: executes the request documents of AppSync's
 * DynamoDB resolver reference (GetItem ... TransactWriteItems) and returns results shaped the way
 * AppSync puts them in {@code ctx.result}.
 *
 * <p>GetItems are batched automatically per request and event-loop turn (see
 * {@link GetItemLoader}). Query and Scan page with encrypted, resolver-bound {@code nextToken}s
 * ({@link PageTokens}). Failures are {@link DataSourceException}s: {@code MappingTemplate} for a
 * malformed document (nothing is sent to DynamoDB), {@code DynamoDB:<ExceptionName>} otherwise
 * (see {@link DynamoDbErrors}). The {@code version} field is accepted and ignored.
 */
public final class DynamoDbDataSource implements DataSource {
  private static final Map<String, Operation> OPERATIONS = Map.ofEntries(
      Map.entry("GetItem", ItemOperations::getItem),
      Map.entry("PutItem", ItemOperations::putItem),
      Map.entry("UpdateItem", ItemOperations::updateItem),
      Map.entry("DeleteItem", ItemOperations::deleteItem),
      Map.entry("Query", QueryScanOperations::query),
      Map.entry("Scan", QueryScanOperations::scan),
      Map.entry("BatchGetItem", BatchOperations::batchGetItem),
      Map.entry("BatchPutItem", BatchWriteOperations::batchPutItem),
      Map.entry("BatchDeleteItem", BatchWriteOperations::batchDeleteItem),
      Map.entry("TransactGetItems", TransactOperations::transactGetItems),
      Map.entry("TransactWriteItems", TransactOperations::transactWriteItems));

  private static final java.util.Set<String> WRITES = java.util.Set.of(
      "PutItem", "UpdateItem", "DeleteItem", "BatchPutItem", "BatchDeleteItem", "TransactWriteItems");

  private final String name;
  private final DynamoDbAsyncClient client;
  private final TableMapping tables;
  private final PageTokens tokens;
  private final BatchRetryPolicy retryPolicy;
  private final boolean ownsClient;
  private final boolean batchGetItems;

  /**
   * @param name the data source's name in the source API descriptor
   * @param client a client from {@link DynamoDbClients}; shared clients are not closed here
   * @param tables the physical table for single-table operations and the mapping of table names
   *     used in batch and transact documents
   * @param tokens seals and opens Query/Scan {@code nextToken}s
   */
  public DynamoDbDataSource(String name, DynamoDbAsyncClient client, TableMapping tables,
      PageTokens tokens) {
    this(name, client, tables, tokens, BatchRetryPolicy.DEFAULT, false, true);
  }

  /** As above; {@code batchGetItems=false} sends every GetItem on its own (the N+1 baseline). */
  public DynamoDbDataSource(String name, DynamoDbAsyncClient client, TableMapping tables,
      PageTokens tokens, boolean batchGetItems) {
    this(name, client, tables, tokens, BatchRetryPolicy.DEFAULT, false, batchGetItems);
  }

  /** As above, with an explicit retry policy and whether {@link #close()} closes the client. */
  public DynamoDbDataSource(String name, DynamoDbAsyncClient client, TableMapping tables,
      PageTokens tokens, BatchRetryPolicy retryPolicy, boolean ownsClient) {
    this(name, client, tables, tokens, retryPolicy, ownsClient, true);
  }

  private DynamoDbDataSource(String name, DynamoDbAsyncClient client, TableMapping tables,
      PageTokens tokens, BatchRetryPolicy retryPolicy, boolean ownsClient, boolean batchGetItems) {
    this.batchGetItems = batchGetItems;
    this.name = Objects.requireNonNull(name, "name");
    this.client = Objects.requireNonNull(client, "client");
    this.tables = Objects.requireNonNull(tables, "tables");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.ownsClient = ownsClient;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Future<Object> invoke(DataSourceCall call) {
    try {
      DocumentReader document = DocumentReader.root(call.document());
      Operation operation = operation(document);
      OperationContext context = new OperationContext(
          document, call, client, tables, tokens, retryPolicy, batchGetItems, this);
      Future<Object> result = operation.execute(context);
      if (WRITES.contains(document.requiredString("operation"))) {
        // Reads batched earlier in this request may now be stale: the next GetItem goes to DynamoDB.
        return result.andThen(ar -> call.scope().dropLoaders(key -> key instanceof GetItemLoader.Group));
      }
      return result;
    } catch (DataSourceException e) {
      return Future.failedFuture(e);
    }
  }

  private static Operation operation(DocumentReader document) {
    String name = document.requiredString("operation");
    Operation operation = OPERATIONS.get(name);
    if (operation == null) {
      throw mappingError("request.operation '" + name + "' is not a DynamoDB operation; expected "
          + "one of " + new TreeSet<>(OPERATIONS.keySet()));
    }
    return operation;
  }

  @Override
  public Future<Void> close() {
    if (ownsClient) {
      client.close();
    }
    return Future.succeededFuture();
  }
}
