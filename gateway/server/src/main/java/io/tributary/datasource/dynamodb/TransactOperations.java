package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DocumentReader.mappingError;

import io.tributary.datasource.DataSourceException;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** TransactGetItems and TransactWriteItems across the tables the data source declares. */
final class TransactOperations {
  private TransactOperations() {}

  static Future<Object> transactGetItems(OperationContext context) {
    List<TransactGetItem> gets = new ArrayList<>();
    for (DocumentReader entry : entries(context)) {
      Expression projection = Expression.optional(entry, "projection");
      gets.add(TransactGetItem.builder().get(Get.builder()
          .tableName(context.physicalTable(entry.requiredString("table"), entry.path("table")))
          .key(ItemOperations.key(entry))
          .projectionExpression(projection == null ? null : projection.text())
          .expressionAttributeNames(projection == null || projection.names().isEmpty()
              ? null : projection.names())
          .build()).build());
    }
    TransactGetItemsRequest request = TransactGetItemsRequest.builder().transactItems(gets).build();
    return context.send(() -> context.client().transactGetItems(request))
        .map(response -> {
          Map<String, Object> result = new LinkedHashMap<>();
          List<Object> items = new ArrayList<>();
          for (ItemResponse item : response.responses()) {
            items.add(AttributeValueJson.toPlainMap(item.hasItem() ? item.item() : null));
          }
          result.put("items", items);
          result.put("cancellationReasons", null);
          return (Object) result;
        })
        .recover(TransactOperations::asGetFailure);
  }

  // A cancelled TransactGetItems reports "items", not "keys", next to its reasons.
  private static Future<Object> asGetFailure(Throwable error) {
    if (!(error instanceof DataSourceException e) || !(e.data() instanceof Map<?, ?> data)) {
      return Future.failedFuture(error);
    }
    Map<String, Object> reshaped = new LinkedHashMap<>();
    reshaped.put("items", null);
    reshaped.put("cancellationReasons", data.get("cancellationReasons"));
    return Future.failedFuture(
        new DataSourceException(e.errorType(), e.getMessage(), reshaped, e.errorInfo()));
  }

  static Future<Object> transactWriteItems(OperationContext context) {
    List<TransactWriteItem> writes = new ArrayList<>();
    List<Object> keys = new ArrayList<>();
    for (DocumentReader entry : entries(context)) {
      Map<String, AttributeValue> key = ItemOperations.key(entry);
      String table = context.physicalTable(entry.requiredString("table"), entry.path("table"));
      writes.add(write(entry, table, key));
      keys.add(AttributeValueJson.toPlainMap(key));
    }
    TransactWriteItemsRequest request =
        TransactWriteItemsRequest.builder().transactItems(writes).build();
    return context.send(() -> context.client().transactWriteItems(request))
        .map(response -> {
          Map<String, Object> result = new LinkedHashMap<>();
          result.put("keys", keys);
          result.put("cancellationReasons", null);
          return result;
        });
  }

  private static List<DocumentReader> entries(OperationContext context) {
    DocumentReader document = context.document();
    List<?> raw = document.requiredList("transactItems");
    if (raw.isEmpty()) {
      throw mappingError("request.transactItems must contain at least one item");
    }
    List<DocumentReader> entries = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      entries.add(DocumentReader.of(raw.get(i), document.path("transactItems") + "[" + i + "]"));
    }
    return entries;
  }

  private static TransactWriteItem write(DocumentReader entry, String table,
      Map<String, AttributeValue> key) {
    String operation = entry.requiredString("operation");
    Expression condition = ItemOperations.condition(entry);
    Expression.Attributes attributes = new Expression.Attributes();
    ReturnValuesOnConditionCheckFailure onFailure = returnOnFailure(entry);
    return switch (operation) {
      case "PutItem" -> TransactWriteItem.builder().put(Put.builder().tableName(table)
          .item(putItem(entry, key)).conditionExpression(attributes.add(condition))
          .expressionAttributeNames(attributes.names())
          .expressionAttributeValues(attributes.values())
          .returnValuesOnConditionCheckFailure(onFailure).build()).build();
      case "UpdateItem" -> update(entry, table, key, condition, attributes, onFailure);
      case "DeleteItem" -> TransactWriteItem.builder().delete(Delete.builder().tableName(table)
          .key(key).conditionExpression(attributes.add(condition))
          .expressionAttributeNames(attributes.names())
          .expressionAttributeValues(attributes.values())
          .returnValuesOnConditionCheckFailure(onFailure).build()).build();
      case "ConditionCheck" -> conditionCheck(entry, table, key, condition, attributes, onFailure);
      default -> throw mappingError(entry.path("operation") + " must be PutItem, UpdateItem, "
          + "DeleteItem or ConditionCheck, got '" + operation + "'");
    };
  }

  private static TransactWriteItem update(DocumentReader entry, String table,
      Map<String, AttributeValue> key, Expression condition, Expression.Attributes attributes,
      ReturnValuesOnConditionCheckFailure onFailure) {
    String update = attributes.add(Expression.required(entry, "update"));
    String expression = attributes.add(condition);
    return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key)
        .updateExpression(update).conditionExpression(expression)
        .expressionAttributeNames(attributes.names())
        .expressionAttributeValues(attributes.values())
        .returnValuesOnConditionCheckFailure(onFailure).build()).build();
  }

  private static TransactWriteItem conditionCheck(DocumentReader entry, String table,
      Map<String, AttributeValue> key, Expression condition, Expression.Attributes attributes,
      ReturnValuesOnConditionCheckFailure onFailure) {
    if (condition == null) {
      throw mappingError(entry.path("condition") + " is required for ConditionCheck");
    }
    String expression = attributes.add(condition);
    return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
        .key(key).conditionExpression(expression).expressionAttributeNames(attributes.names())
        .expressionAttributeValues(attributes.values())
        .returnValuesOnConditionCheckFailure(onFailure).build()).build();
  }

  private static Map<String, AttributeValue> putItem(DocumentReader entry,
      Map<String, AttributeValue> key) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    if (entry.has("attributeValues")) {
      item.putAll(AttributeValueJson.fromTypedMap(entry.raw("attributeValues"),
          entry.path("attributeValues")));
    }
    item.putAll(key);
    return item;
  }

  // AppSync returns the current item in cancellationReasons unless the condition opts out.
  private static ReturnValuesOnConditionCheckFailure returnOnFailure(DocumentReader entry) {
    DocumentReader condition = entry.optionalObject("condition");
    boolean wanted = condition == null || condition.flag("returnValuesOnConditionCheckFailure", true);
    return wanted ? ReturnValuesOnConditionCheckFailure.ALL_OLD
        : ReturnValuesOnConditionCheckFailure.NONE;
  }
}
