package io.tributary.datasource.dynamodb;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A projection widened so batch results still carry their key attributes. BatchGetItem returns
 * items in no particular order, so each one is matched back to its request by key; when the
 * caller's projection leaves a key attribute out we add it and strip it again afterwards.
 *
 * @param expression the projection expression to send, null for "all attributes"
 * @param names the ExpressionAttributeNames to send with it, null when none
 * @param added key attributes requested only for matching, removed from results
 */
record KeyProjection(String expression, Map<String, String> names, Set<String> added) {
  private static final String PLACEHOLDER = "#tributaryKey";

  static KeyProjection of(Expression projection, Set<String> keyNames) {
    if (projection == null) {
      return new KeyProjection(null, null, Set.of());
    }
    Set<String> present = topLevelAttributes(projection);
    Map<String, String> names = new LinkedHashMap<>(projection.names());
    StringBuilder expression = new StringBuilder(projection.text());
    Set<String> added = new LinkedHashSet<>();
    for (String keyName : keyNames) {
      if (present.contains(keyName)) {
        continue;
      }
      String placeholder = PLACEHOLDER + added.size();
      names.put(placeholder, keyName);
      expression.append(", ").append(placeholder);
      added.add(keyName);
    }
    return new KeyProjection(expression.toString(), names.isEmpty() ? null : names, added);
  }

  // Paths are "a", "#n", "a.b", "a[2]"; names with reserved characters must use placeholders,
  // so a comma always separates paths.
  private static Set<String> topLevelAttributes(Expression projection) {
    Set<String> attributes = new LinkedHashSet<>();
    for (String path : List.of(projection.text().split(","))) {
      String head = path.trim().split("[.\\[]", 2)[0].trim();
      attributes.add(head.startsWith("#") ? projection.names().getOrDefault(head, head) : head);
    }
    return attributes;
  }

  Map<String, AttributeValue> strip(Map<String, AttributeValue> item) {
    if (item == null || added.isEmpty()) {
      return item;
    }
    Map<String, AttributeValue> copy = new LinkedHashMap<>(item);
    added.forEach(copy::remove);
    return copy;
  }
}
