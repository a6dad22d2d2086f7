package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DocumentReader.mappingError;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One {@code {expression, expressionNames, expressionValues}} object of a request document
 * (a condition, update, key condition, filter or projection).
 */
record Expression(String text, Map<String, String> names, Map<String, AttributeValue> values) {

  /** Reads the object at {@code field}, or returns null when the document has none. */
  static Expression optional(DocumentReader parent, String field) {
    DocumentReader object = parent.optionalObject(field);
    return object == null ? null : read(object);
  }

  static Expression required(DocumentReader parent, String field) {
    return read(parent.requiredObject(field));
  }

  static Expression read(DocumentReader object) {
    String text = object.requiredString("expression");
    Map<String, String> names = new LinkedHashMap<>();
    DocumentReader namesObject = object.optionalObject("expressionNames");
    if (namesObject != null) {
      namesObject.fields().forEach((placeholder, name) -> {
        if (!(name instanceof String s)) {
          throw mappingError(namesObject.path(placeholder) + " must be a string");
        }
        names.put(placeholder, s);
      });
    }
    Map<String, AttributeValue> values = object.has("expressionValues")
        ? AttributeValueJson.fromTypedMap(object.raw("expressionValues"),
            object.path("expressionValues"))
        : Map.of();
    return new Expression(text, Map.copyOf(names), values);
  }

  /**
   * Collects the placeholders of every expression of one DynamoDB request, which share a single
   * ExpressionAttributeNames/Values pair; a placeholder defined twice differently is an error.
   */
  static final class Attributes {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /** Adds the placeholders and returns the expression text, or null for a null expression. */
    String add(Expression expression) {
      if (expression == null) {
        return null;
      }
      expression.names().forEach((k, v) -> merge(names, k, v));
      expression.values().forEach((k, v) -> merge(values, k, v));
      return expression.text();
    }

    private static <V> void merge(Map<String, V> target, String placeholder, V value) {
      V previous = target.putIfAbsent(placeholder, value);
      if (previous != null && !previous.equals(value)) {
        throw mappingError("placeholder " + placeholder
            + " is defined with different values in two expressions of one request");
      }
    }

    /** Null when empty, because DynamoDB rejects an empty ExpressionAttributeNames map. */
    Map<String, String> names() {
      return names.isEmpty() ? null : names;
    }

    Map<String, AttributeValue> values() {
      return values.isEmpty() ? null : values;
    }
  }
}
