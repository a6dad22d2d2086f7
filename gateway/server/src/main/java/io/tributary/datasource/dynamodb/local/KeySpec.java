package io.tributary.datasource.dynamodb.local;

import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A key attribute of a table or index.
 *
 * @param name the attribute name
 * @param type {@code S}, {@code N} or {@code B}
 */
public record KeySpec(String name, String type) {
  public KeySpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("key attribute name is required");
    }
    if (!"S".equals(type) && !"N".equals(type) && !"B".equals(type)) {
      throw new IllegalArgumentException("key attribute " + name + " must have type S, N or B, got "
          + type);
    }
  }

  ScalarAttributeType scalarType() {
    return ScalarAttributeType.fromValue(type);
  }
}
