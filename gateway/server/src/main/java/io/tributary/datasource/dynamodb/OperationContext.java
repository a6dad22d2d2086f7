package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DocumentReader.mappingError;

import io.tributary.datasource.DataSourceCall;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/** Everything one operation needs: the parsed document, the call and the data source's parts. */
record OperationContext(
    DocumentReader document,
    DataSourceCall call,
    DynamoDbAsyncClient client,
    TableMapping tables,
    PageTokens tokens,
    BatchRetryPolicy retryPolicy,
    boolean batchGetItems,
    Object owner) {

  Context vertxContext() {
    return call.scope().context();
  }

  /**
   * Runs an SDK call and brings its result back to the request's context, with failures
   * translated to AppSync error types.
   */
  <T> Future<T> send(Supplier<CompletableFuture<T>> sdkCall) {
    CompletableFuture<T> future;
    try {
      future = sdkCall.get();
    } catch (RuntimeException e) {
      return Future.failedFuture(DynamoDbErrors.translate(e));
    }
    return Future.fromCompletionStage(future, vertxContext())
        .recover(e -> Future.failedFuture(DynamoDbErrors.translate(e)));
  }

  /** The physical table for a table name written in a batch or transact document. */
  String physicalTable(String documentTable, String path) {
    String physical = tables.batchTables().apply(documentTable);
    if (physical == null) {
      throw mappingError(path + " names table '" + documentTable
          + "', which this data source does not declare");
    }
    return physical;
  }
}
