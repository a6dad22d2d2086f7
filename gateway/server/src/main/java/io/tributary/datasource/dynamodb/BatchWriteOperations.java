package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DocumentReader.mappingError;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchPutItem and BatchDeleteItem: one BatchWriteItem call; entries DynamoDB did not process
 * are {@code null} in {@code data} and listed under {@code unprocessedItems}/{@code unprocessedKeys}.
 */
final class BatchWriteOperations {
  private BatchWriteOperations() {}

  /** The maps (items or keys) of one table, in document order. */
  private record TableWrite(String logical, String physical, List<Map<String, AttributeValue>> entries) {}

  static Future<Object> batchPutItem(OperationContext context) {
    List<TableWrite> writes = read(context, (json, path) -> AttributeValueJson.fromTypedMap(json, path));
    return execute(context, writes, "unprocessedItems",
        item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build(),
        request -> request.putRequest() == null ? null : request.putRequest().item());
  }

  static Future<Object> batchDeleteItem(OperationContext context) {
    List<TableWrite> writes = read(context, ItemOperations::requireKey);
    return execute(context, writes, "unprocessedKeys",
        key -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build(),
        request -> request.deleteRequest() == null ? null : request.deleteRequest().key());
  }

  private interface EntryReader {
    Map<String, AttributeValue> read(Object json, String path);
  }

  private static List<TableWrite> read(OperationContext context, EntryReader reader) {
    DocumentReader tables = context.document().requiredObject("tables");
    List<TableWrite> writes = new ArrayList<>();
    Set<String> physicalTables = new HashSet<>();
    for (String logical : tables.fields().keySet()) {
      List<?> raw = tables.requiredList(logical);
      List<Map<String, AttributeValue>> entries = new ArrayList<>();
      for (int i = 0; i < raw.size(); i++) {
        entries.add(reader.read(raw.get(i), tables.path(logical) + "[" + i + "]"));
      }
      String physical = context.physicalTable(logical, tables.path(logical));
      if (!physicalTables.add(physical)) {
        throw mappingError(tables.path(logical) + " maps to a table already listed in this batch");
      }
      writes.add(new TableWrite(logical, physical, entries));
    }
    if (writes.isEmpty()) {
      throw mappingError("request.tables must list at least one table");
    }
    return writes;
  }

  private static Future<Object> execute(OperationContext context, List<TableWrite> writes,
      String unprocessedField, Function<Map<String, AttributeValue>, WriteRequest> toRequest,
      Function<WriteRequest, Map<String, AttributeValue>> fromRequest) {
    Map<String, List<WriteRequest>> requestItems = new LinkedHashMap<>();
    writes.forEach(write -> requestItems.put(write.physical(),
        write.entries().stream().map(toRequest).toList()));
    BatchWriteItemRequest request = BatchWriteItemRequest.builder().requestItems(requestItems).build();
    return context.send(() -> context.client().batchWriteItem(request))
        .map(response -> result(writes, response, unprocessedField, fromRequest));
  }

  private static Object result(List<TableWrite> writes, BatchWriteItemResponse response,
      String unprocessedField, Function<WriteRequest, Map<String, AttributeValue>> fromRequest) {
    Map<String, Object> data = new LinkedHashMap<>();
    Map<String, Object> unprocessed = new LinkedHashMap<>();
    for (TableWrite write : writes) {
      List<Map<String, AttributeValue>> left = response.unprocessedItems()
          .getOrDefault(write.physical(), List.of()).stream().map(fromRequest).toList();
      List<Object> entries = new ArrayList<>();
      write.entries().forEach(entry ->
          entries.add(left.contains(entry) ? null : AttributeValueJson.toPlainMap(entry)));
      data.put(write.logical(), entries);
      unprocessed.put(write.logical(), left.stream().map(AttributeValueJson::toPlainMap).toList());
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("data", data);
    result.put(unprocessedField, unprocessed);
    return result;
  }
}
