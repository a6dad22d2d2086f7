package io.tributary.datasource.dynamodb;

import io.tributary.datasource.JsonKinds;
import io.tributary.datasource.DataSourceException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Typed access to one JSON object of a request document. Every shape problem becomes a
 * {@code MappingTemplate} error naming the offending path, so a malformed document is rejected
 * before anything is sent to DynamoDB.
 */
final class DocumentReader {
  static final String MAPPING_TEMPLATE = "MappingTemplate";

  private final Map<String, Object> fields;
  private final String path;

  private DocumentReader(Map<String, Object> fields, String path) {
    this.fields = fields;
    this.path = path;
  }

  /** Reads the top level of a request document, which must be a JSON object. */
  static DocumentReader root(Object document) {
    return new DocumentReader(asObject(document, "request"), "request");
  }

  static DocumentReader of(Object value, String path) {
    return new DocumentReader(asObject(value, path), path);
  }

  static DataSourceException mappingError(String message) {
    return new DataSourceException(MAPPING_TEMPLATE, message);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObject(Object value, String path) {
    if (!(value instanceof Map<?, ?> map)) {
      throw mappingError(path + " must be an object, got " + describe(value));
    }
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        throw mappingError(path + " has a non-string key");
      }
    }
    return (Map<String, Object>) map;
  }

  static String describe(Object value) {
    return JsonKinds.describe(value);
  }

  String path() {
    return path;
  }

  String path(String field) {
    return path + "." + field;
  }

  Map<String, Object> fields() {
    return fields;
  }

  boolean has(String field) {
    return fields.get(field) != null;
  }

  Object raw(String field) {
    return fields.get(field);
  }

  String requiredString(String field) {
    String value = optionalString(field);
    if (value == null || value.isEmpty()) {
      throw mappingError(path(field) + " is required");
    }
    return value;
  }

  String optionalString(String field) {
    Object value = fields.get(field);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw mappingError(path(field) + " must be a string, got " + describe(value));
  }

  Boolean optionalBoolean(String field) {
    Object value = fields.get(field);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw mappingError(path(field) + " must be a boolean, got " + describe(value));
  }

  boolean flag(String field, boolean fallback) {
    Boolean value = optionalBoolean(field);
    return value == null ? fallback : value;
  }

  Integer optionalInt(String field) {
    Object value = fields.get(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number number)) {
      throw mappingError(path(field) + " must be an integer, got " + describe(value));
    }
    try {
      return toBigDecimal(number).intValueExact();
    } catch (ArithmeticException e) {
      throw mappingError(path(field) + " must be an integer, got " + number);
    }
  }

  DocumentReader requiredObject(String field) {
    if (!has(field)) {
      throw mappingError(path(field) + " is required");
    }
    return of(fields.get(field), path(field));
  }

  DocumentReader optionalObject(String field) {
    return has(field) ? of(fields.get(field), path(field)) : null;
  }

  List<?> requiredList(String field) {
    Object value = fields.get(field);
    if (value instanceof List<?> list) {
      return list;
    }
    throw mappingError(path(field) + " must be a list, got " + describe(value));
  }

  private static BigDecimal toBigDecimal(Number number) {
    if (number instanceof BigDecimal decimal) {
      return decimal;
    }
    if (number instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (number instanceof Double || number instanceof Float) {
      return BigDecimal.valueOf(number.doubleValue());
    }
    return BigDecimal.valueOf(number.longValue());
  }
}
