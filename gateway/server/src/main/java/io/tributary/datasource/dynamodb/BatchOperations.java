package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DocumentReader.mappingError;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * BatchGetItem written by the resolver itself. Like AppSync it makes exactly one DynamoDB call
 * and hands unprocessed keys back to the resolver instead of retrying them.
 */
final class BatchOperations {
  private BatchOperations() {}

  /** One table entry of a BatchGetItem document. */
  private record TableRead(String logical, String physical, List<Map<String, AttributeValue>> keys,
      KeyProjection projection, Set<String> keyNames, boolean consistentRead) {}

  static Future<Object> batchGetItem(OperationContext context) {
    DocumentReader tables = context.document().requiredObject("tables");
    List<TableRead> reads = new ArrayList<>();
    Set<String> physicalTables = new HashSet<>();
    for (String logical : tables.fields().keySet()) {
      TableRead read = tableRead(context, tables, logical);
      if (!physicalTables.add(read.physical())) {
        throw mappingError(tables.path(logical) + " maps to a table already listed in this batch");
      }
      reads.add(read);
    }
    if (reads.isEmpty()) {
      throw mappingError("request.tables must list at least one table");
    }
    Map<String, KeysAndAttributes> requestItems = new LinkedHashMap<>();
    reads.forEach(read -> requestItems.put(read.physical(), KeysAndAttributes.builder()
        .keys(read.keys())
        .consistentRead(read.consistentRead())
        .projectionExpression(read.projection().expression())
        .expressionAttributeNames(read.projection().names())
        .build()));
    BatchGetItemRequest request = BatchGetItemRequest.builder().requestItems(requestItems).build();
    return context.send(() -> context.client().batchGetItem(request))
        .map(response -> batchGetResult(reads, response));
  }

  // Both documented shapes: {"t": {"keys": [...], ...}} and {"t": [...]}.
  private static TableRead tableRead(OperationContext context, DocumentReader tables, String logical) {
    String path = tables.path(logical);
    Object entry = tables.raw(logical);
    DocumentReader options = entry instanceof List ? null : DocumentReader.of(entry, path);
    List<?> rawKeys = options == null ? (List<?>) entry : options.requiredList("keys");
    String keysPath = options == null ? path : options.path("keys");
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < rawKeys.size(); i++) {
      keys.add(ItemOperations.requireKey(rawKeys.get(i), keysPath + "[" + i + "]"));
    }
    if (keys.isEmpty()) {
      throw mappingError(keysPath + " must contain at least one key");
    }
    Set<String> keyNames = new LinkedHashSet<>(keys.get(0).keySet());
    Expression projection = options == null ? null : Expression.optional(options, "projection");
    boolean consistentRead = options != null && options.flag("consistentRead", false);
    return new TableRead(logical, context.physicalTable(logical, path), keys,
        KeyProjection.of(projection, keyNames), keyNames, consistentRead);
  }

  private static Object batchGetResult(List<TableRead> reads, BatchGetItemResponse response) {
    Map<String, Object> data = new LinkedHashMap<>();
    Map<String, Object> unprocessed = new LinkedHashMap<>();
    for (TableRead read : reads) {
      Map<String, Map<String, AttributeValue>> found = new HashMap<>();
      for (Map<String, AttributeValue> item : response.responses().getOrDefault(read.physical(), List.of())) {
        found.put(AttributeValueJson.canonicalKey(restrict(item, read.keyNames())), item);
      }
      List<Object> items = new ArrayList<>();
      read.keys().forEach(key -> items.add(AttributeValueJson.toPlainMap(
          read.projection().strip(found.get(AttributeValueJson.canonicalKey(key))))));
      data.put(read.logical(), items);
      KeysAndAttributes left = response.unprocessedKeys().get(read.physical());
      unprocessed.put(read.logical(), left == null ? List.of()
          : left.keys().stream().map(AttributeValueJson::toPlainMap).toList());
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("data", data);
    result.put("unprocessedKeys", unprocessed);
    return result;
  }

  static Map<String, AttributeValue> restrict(Map<String, AttributeValue> item, Set<String> names) {
    Map<String, AttributeValue> key = new HashMap<>();
    for (String name : names) {
      if (item.containsKey(name)) {
        key.put(name, item.get(name));
      }
    }
    return key;
  }
}
