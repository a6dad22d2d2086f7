package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DocumentReader.mappingError;

import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** GetItem, PutItem, UpdateItem and DeleteItem on the data source's own table. */
final class ItemOperations {
  private ItemOperations() {}

  /** GetItem always goes through the per-request batcher; the result is the item or null. */
  static Future<Object> getItem(OperationContext context) {
    DocumentReader document = context.document();
    Map<String, AttributeValue> key = key(document);
    boolean consistentRead = document.flag("consistentRead", false);
    Expression projection = Expression.optional(document, "projection");
    GetItemLoader.Group group = new GetItemLoader.Group(context.owner(),
        context.tables().defaultTable(), consistentRead, projection,
        List.copyOf(new TreeSet<>(key.keySet())));
    return GetItemLoader.load(context, group, key).map(AttributeValueJson::toPlainMap);
  }

  static Future<Object> putItem(OperationContext context) {
    DocumentReader document = context.document();
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    if (document.has("attributeValues")) {
      item.putAll(AttributeValueJson.fromTypedMap(document.raw("attributeValues"),
          document.path("attributeValues")));
    }
    item.putAll(key(document));
    Expression.Attributes attributes = new Expression.Attributes();
    String condition = attributes.add(condition(document));
    PutItemRequest request = PutItemRequest.builder()
        .tableName(context.tables().defaultTable())
        .item(item)
        .conditionExpression(condition)
        .expressionAttributeNames(attributes.names())
        .expressionAttributeValues(attributes.values())
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .build();
    return context.send(() -> context.client().putItem(request))
        .map(response -> AttributeValueJson.toPlainMap(item));
  }

  static Future<Object> updateItem(OperationContext context) {
    DocumentReader document = context.document();
    Map<String, AttributeValue> key = key(document);
    Expression.Attributes attributes = new Expression.Attributes();
    String update = attributes.add(Expression.required(document, "update"));
    String condition = attributes.add(condition(document));
    UpdateItemRequest request = UpdateItemRequest.builder()
        .tableName(context.tables().defaultTable())
        .key(key)
        .updateExpression(update)
        .conditionExpression(condition)
        .expressionAttributeNames(attributes.names())
        .expressionAttributeValues(attributes.values())
        .returnValues(ReturnValue.ALL_NEW)
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .build();
    return context.send(() -> context.client().updateItem(request))
        .map(response -> AttributeValueJson.toPlainMap(
            response.hasAttributes() ? response.attributes() : null));
  }

  static Future<Object> deleteItem(OperationContext context) {
    DocumentReader document = context.document();
    Map<String, AttributeValue> key = key(document);
    Expression.Attributes attributes = new Expression.Attributes();
    String condition = attributes.add(condition(document));
    DeleteItemRequest request = DeleteItemRequest.builder()
        .tableName(context.tables().defaultTable())
        .key(key)
        .conditionExpression(condition)
        .expressionAttributeNames(attributes.names())
        .expressionAttributeValues(attributes.values())
        .returnValues(ReturnValue.ALL_OLD)
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .build();
    return context.send(() -> context.client().deleteItem(request))
        .map(response -> AttributeValueJson.toPlainMap(
            response.hasAttributes() ? response.attributes() : null));
  }

  /** The document's {@code key}: a non-empty map of typed values. */
  static Map<String, AttributeValue> key(DocumentReader document) {
    return requireKey(document.raw("key"), document.path("key"));
  }

  static Map<String, AttributeValue> requireKey(Object json, String path) {
    if (json == null) {
      throw mappingError(path + " is required");
    }
    Map<String, AttributeValue> key = AttributeValueJson.fromTypedMap(json, path);
    if (key.isEmpty() || key.size() > 2) {
      throw mappingError(path + " must name the partition key and, if the table has one, "
          + "the sort key (1 or 2 attributes), got " + key.size());
    }
    return key;
  }

  /**
   * The write condition. Only AppSync's default "Reject" strategy exists here, because a custom
   * strategy would call a Lambda function.
   */
  static Expression condition(DocumentReader document) {
    DocumentReader condition = document.optionalObject("condition");
    if (condition == null) {
      return null;
    }
    DocumentReader handler = condition.optionalObject("conditionalCheckFailedHandler");
    String strategy = handler == null ? null : handler.optionalString("strategy");
    if (strategy != null && !strategy.equals("Reject")) {
      throw mappingError(handler.path("strategy") + " '" + strategy
          + "' is not supported; only 'Reject' is");
    }
    return Expression.read(condition);
  }
}
