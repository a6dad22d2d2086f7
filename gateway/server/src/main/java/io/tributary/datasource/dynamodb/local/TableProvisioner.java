package io.tributary.datasource.dynamodb.local;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Brings tables to their declared shape: creates missing tables (PAY_PER_REQUEST) with their
 * indexes, adds missing global secondary indexes, enables TTL, and waits until everything is
 * ACTIVE. Idempotent; existing data and indexes are never dropped.
 */
public final class TableProvisioner {
  private static final long POLL_MILLIS = 200;

  private final DynamoDbAsyncClient client;
  private final Context context;
  private final Duration activeTimeout;

  public TableProvisioner(DynamoDbAsyncClient client, Context context) {
    this(client, context, Duration.ofMinutes(5));
  }

  public TableProvisioner(DynamoDbAsyncClient client, Context context, Duration activeTimeout) {
    this.client = client;
    this.context = context;
    this.activeTimeout = activeTimeout;
  }

  /** Provisions every table; completes with the names of the tables it had to create. */
  public Future<List<String>> provision(List<TableSpec> specs) {
    List<String> created = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (TableSpec spec : specs) {
      chain = chain.compose(v -> provision(spec).map(wasCreated -> {
        if (wasCreated) {
          created.add(spec.name());
        }
        return null;
      }));
    }
    return chain.map(v -> List.copyOf(created));
  }

  /** Provisions one table; completes with whether it was created. */
  public Future<Boolean> provision(TableSpec spec) {
    return describe(spec.name()).compose(existing -> {
      Future<Boolean> shaped = existing == null
          ? send(() -> client.createTable(TableDefinitions.createTable(spec)))
              .compose(r -> awaitActive(spec.name())).map(true)
          : addMissingIndexes(spec, existing).map(false);
      return shaped.compose(wasCreated -> enableTtl(spec).map(wasCreated));
    });
  }

  private Future<TableDescription> describe(String table) {
    return send(() -> client.describeTable(b -> b.tableName(table)))
        .map(DescribeTableResponse::table)
        .recover(error -> error instanceof ResourceNotFoundException
            ? Future.succeededFuture(null) : Future.failedFuture(error));
  }

  private Future<Void> addMissingIndexes(TableSpec spec, TableDescription existing) {
    Set<String> localIndexes = existing.localSecondaryIndexes().stream()
        .map(LocalSecondaryIndexDescription::indexName).collect(Collectors.toSet());
    for (IndexSpec lsi : spec.localSecondaryIndexes()) {
      if (!localIndexes.contains(lsi.name())) {
        return Future.failedFuture(new IllegalStateException("table " + spec.name()
            + " exists without local secondary index " + lsi.name()
            + "; DynamoDB can only create local indexes together with the table"));
      }
    }
    Set<String> globalIndexes = existing.globalSecondaryIndexes().stream()
        .map(GlobalSecondaryIndexDescription::indexName).collect(Collectors.toSet());
    Future<Void> chain = awaitActive(spec.name());
    // DynamoDB accepts one new global index per UpdateTable, so add them one after another.
    for (IndexSpec gsi : spec.globalSecondaryIndexes()) {
      if (!globalIndexes.contains(gsi.name())) {
        chain = chain.compose(v -> addGlobalIndex(spec, gsi));
      }
    }
    return chain;
  }

  private Future<Void> addGlobalIndex(TableSpec spec, IndexSpec gsi) {
    var index = TableDefinitions.globalIndex(gsi);
    return send(() -> client.updateTable(b -> b.tableName(spec.name())
        .attributeDefinitions(TableDefinitions.attributeDefinitions(spec, List.of(gsi)))
        .globalSecondaryIndexUpdates(u -> u.create(CreateGlobalSecondaryIndexAction.builder()
            .indexName(index.indexName()).keySchema(index.keySchema())
            .projection(index.projection()).build()))))
        .compose(r -> awaitActive(spec.name()));
  }

  private Future<Void> enableTtl(TableSpec spec) {
    if (spec.ttlAttribute() == null) {
      return Future.succeededFuture();
    }
    return send(() -> client.describeTimeToLive(b -> b.tableName(spec.name())))
        .compose(ttl -> {
          TimeToLiveStatus status = ttl.timeToLiveDescription().timeToLiveStatus();
          if (status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING) {
            return Future.succeededFuture();
          }
          return send(() -> client.updateTimeToLive(b -> b.tableName(spec.name())
              .timeToLiveSpecification(t -> t.attributeName(spec.ttlAttribute()).enabled(true))))
              .mapEmpty();
        });
  }

  /** Polls DescribeTable until the table and all its global indexes are ACTIVE. */
  public Future<Void> awaitActive(String table) {
    long deadline = System.nanoTime() + activeTimeout.toNanos();
    Promise<Void> active = Promise.promise();
    pollActive(table, deadline, active);
    return active.future();
  }

  private void pollActive(String table, long deadline, Promise<Void> active) {
    describe(table).onFailure(active::fail).onSuccess(description -> {
      if (description != null && isActive(description)) {
        active.complete();
      } else if (System.nanoTime() > deadline) {
        active.fail(new IllegalStateException("table " + table + " did not become ACTIVE in "
            + activeTimeout));
      } else {
        context.owner().setTimer(POLL_MILLIS, id -> pollActive(table, deadline, active));
      }
    });
  }

  private static boolean isActive(TableDescription description) {
    return description.tableStatus() == TableStatus.ACTIVE
        && description.globalSecondaryIndexes().stream()
            .allMatch(gsi -> gsi.indexStatus() == IndexStatus.ACTIVE);
  }

  private <T> Future<T> send(Supplier<CompletableFuture<T>> call) {
    return Future.fromCompletionStage(call.get(), context)
        .recover(error -> Future.failedFuture(
            error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error));
  }
}
