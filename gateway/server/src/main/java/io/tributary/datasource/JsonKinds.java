package io.tributary.datasource;

import java.util.List;
import java.util.Map;

/** Names the JSON kind of a value for error messages about malformed request documents. */
public final class JsonKinds {
  private JsonKinds() {}

  public static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "a list";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return value.getClass().getSimpleName();
  }
}
