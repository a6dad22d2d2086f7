package io.tributary.datasource.dynamodb;

import io.tributary.datasource.DataSourceException;
import io.tributary.execution.TickBatcher;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Coalesces the GetItems of one request into BatchGetItem calls through a per-request
 * {@link TickBatcher}. Only compatible reads share a batch (same table, read consistency,
 * projection and key attribute names), so one malformed key shape cannot fail its neighbours.
 */
final class GetItemLoader {
  static final int MAX_KEYS_PER_BATCH = 100;

  /** The batch a GetItem joins; also the loader's key in the request scope. */
  record Group(Object owner, String table, boolean consistentRead, Expression projection,
      List<String> keyNames) {}

  /** A key with DynamoDB's notion of equality, so duplicates are fetched once. */
  record ItemKey(String canonical, Map<String, AttributeValue> attributes) {
    static ItemKey of(Map<String, AttributeValue> key) {
      return new ItemKey(AttributeValueJson.canonicalKey(key), key);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ItemKey that && canonical.equals(that.canonical);
    }

    @Override
    public int hashCode() {
      return canonical.hashCode();
    }
  }

  /** Per-key result, so keys DynamoDB never processed can fail without failing the rest. */
  record Outcome(Map<String, AttributeValue> item, DataSourceException error) {}

  private final OperationContext context;
  private final Group group;
  private final KeyProjection projection;

  private GetItemLoader(OperationContext context, Group group) {
    this.context = context;
    this.group = group;
    this.projection = KeyProjection.of(group.projection(), new LinkedHashSet<>(group.keyNames()));
  }

  static Future<Map<String, AttributeValue>> load(
      OperationContext context, Group group, Map<String, AttributeValue> key) {
    if (!context.batchGetItems()) {
      return unbatched(new GetItemLoader(context, group).getOne(ItemKey.of(key)));
    }
    TickBatcher<ItemKey, Outcome> batcher = context.call().scope().loader(group,
        () -> new TickBatcher<ItemKey, Outcome>(context.vertxContext(), MAX_KEYS_PER_BATCH,
            new GetItemLoader(context, group)::fetch));
    return unbatched(batcher.load(ItemKey.of(key)));
  }

  private static Future<Map<String, AttributeValue>> unbatched(Future<Outcome> loaded) {
    return loaded.compose(outcome -> outcome.error() == null
        ? Future.succeededFuture(outcome.item())
        : Future.failedFuture(outcome.error()));
  }

  private Future<Map<ItemKey, Outcome>> fetch(List<ItemKey> keys) {
    if (keys.size() == 1) {
      return getOne(keys.get(0)).map(outcome -> Map.of(keys.get(0), outcome));
    }
    Map<ItemKey, Outcome> results = new HashMap<>();
    return attempt(keys, 1, results).recover(error -> isValidation(error)
        ? oneByOne(keys)
        : Future.failedFuture(error));
  }

  // A bad value type in one key makes DynamoDB reject the whole batch; re-asking key by key
  // gives every caller its own answer.
  private static boolean isValidation(Throwable error) {
    return error instanceof DataSourceException e
        && "DynamoDB:ValidationException".equals(e.errorType());
  }

  private Future<Map<ItemKey, Outcome>> oneByOne(List<ItemKey> keys) {
    Map<ItemKey, Outcome> results = new HashMap<>();
    List<Future<Outcome>> gets = keys.stream().map(this::getOne).toList();
    return Future.join(gets).transform(ignored -> {
      for (int i = 0; i < keys.size(); i++) {
        results.put(keys.get(i), gets.get(i).result());
      }
      return Future.succeededFuture(results);
    });
  }

  private Future<Outcome> getOne(ItemKey key) {
    GetItemRequest request = GetItemRequest.builder()
        .tableName(group.table())
        .key(key.attributes())
        .consistentRead(group.consistentRead())
        .projectionExpression(group.projection() == null ? null : group.projection().text())
        .expressionAttributeNames(group.projection() == null || group.projection().names().isEmpty()
            ? null : group.projection().names())
        .build();
    return context.send(() -> context.client().getItem(request))
        .map(response -> new Outcome(response.hasItem() ? response.item() : null, null))
        .recover(error -> Future.succeededFuture(
            new Outcome(null, DynamoDbErrors.translate(error))));
  }

  private Future<Map<ItemKey, Outcome>> attempt(
      List<ItemKey> keys, int attempt, Map<ItemKey, Outcome> results) {
    Map<String, ItemKey> byCanonical = new LinkedHashMap<>();
    keys.forEach(key -> byCanonical.put(key.canonical(), key));
    return context.send(() -> context.client().batchGetItem(request(keys)))
        .compose(response -> {
          List<ItemKey> unprocessed = collect(response, byCanonical, results);
          if (unprocessed.isEmpty()) {
            return Future.succeededFuture(results);
          }
          if (attempt >= context.retryPolicy().maxAttempts()) {
            unprocessed.forEach(key -> results.put(key, new Outcome(null, exhausted())));
            return Future.succeededFuture(results);
          }
          return delay(attempt).compose(v -> attempt(unprocessed, attempt + 1, results));
        });
  }

  private BatchGetItemRequest request(List<ItemKey> keys) {
    KeysAndAttributes keysAndAttributes = KeysAndAttributes.builder()
        .keys(keys.stream().map(ItemKey::attributes).toList())
        .consistentRead(group.consistentRead())
        .projectionExpression(projection.expression())
        .expressionAttributeNames(projection.names())
        .build();
    return BatchGetItemRequest.builder()
        .requestItems(Map.of(group.table(), keysAndAttributes))
        .build();
  }

  /** Records found items, marks processed-but-absent keys as null; returns the unprocessed. */
  private List<ItemKey> collect(BatchGetItemResponse response, Map<String, ItemKey> asked,
      Map<ItemKey, Outcome> results) {
    Map<String, ItemKey> pending = new LinkedHashMap<>(asked);
    List<ItemKey> unprocessed = new ArrayList<>();
    KeysAndAttributes left = response.unprocessedKeys().get(group.table());
    if (left != null) {
      left.keys().forEach(key -> unprocessed.add(pending.remove(AttributeValueJson.canonicalKey(key))));
      unprocessed.removeIf(Objects::isNull);
    }
    for (Map<String, AttributeValue> item : response.responses().getOrDefault(group.table(), List.of())) {
      ItemKey key = pending.remove(AttributeValueJson.canonicalKey(keyOf(item)));
      if (key != null) {
        results.put(key, new Outcome(projection.strip(item), null));
      }
    }
    pending.values().forEach(key -> results.put(key, new Outcome(null, null)));
    return unprocessed;
  }

  private Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new HashMap<>();
    group.keyNames().forEach(name -> {
      if (item.containsKey(name)) {
        key.put(name, item.get(name));
      }
    });
    return key;
  }

  private Future<Void> delay(int retry) {
    long millis = context.retryPolicy().delayMillis(retry, ThreadLocalRandom.current());
    Promise<Void> promise = Promise.promise();
    context.vertxContext().owner().setTimer(millis, id -> promise.complete());
    return promise.future();
  }

  private static DataSourceException exhausted() {
    return new DataSourceException("DynamoDB:ProvisionedThroughputExceededException",
        "DynamoDB left the item unprocessed after repeated retries; try again later");
  }
}
