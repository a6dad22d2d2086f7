package io.tributary.composition.descriptor;

import io.tributary.config.ConfigChecks;
import io.tributary.config.ConfigPaths;
import io.tributary.config.ConfigProblem;
import io.tributary.config.ConfigValidation;
import io.tributary.config.Required;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The DynamoDB table behind an AMAZON_DYNAMODB data source; the gateway can create it from this.
 *
 * @param name table name (before {@code dynamodb.tablePrefix} is applied)
 * @param partitionKey the table's partition (hash) key
 * @param sortKey the table's sort (range) key, if any
 * @param globalSecondaryIndexes global secondary indexes (at most 20, DynamoDB's default quota)
 * @param localSecondaryIndexes local secondary indexes (at most 5; need a table sort key)
 * @param ttlAttribute attribute holding each item's expiry time in epoch seconds, if any
 */
public record TableDescriptor(@Required String name, @Required KeyAttribute partitionKey, KeyAttribute sortKey,
    List<IndexDescriptor> globalSecondaryIndexes, List<IndexDescriptor> localSecondaryIndexes,
    String ttlAttribute) implements ConfigValidation {

  static final String NAME_RULE = "must be 3..255 letters, digits, '_', '-' or '.'";
  private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");

  public static TableDescriptor defaults() {
    return new TableDescriptor(null, null, null, List.of(), List.of(), null);
  }

  static boolean isTableName(String name) {
    return name != null && TABLE_NAME.matcher(name).matches();
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    ConfigChecks checks = new ConfigChecks(path)
        .require(isTableName(name), "name", NAME_RULE + ", got '" + name + "'")
        .require(globalSecondaryIndexes.size() <= 20, "globalSecondaryIndexes", "at most 20 are allowed")
        .require(localSecondaryIndexes.size() <= 5, "localSecondaryIndexes", "at most 5 are allowed")
        .require(localSecondaryIndexes.isEmpty() || sortKey != null, "localSecondaryIndexes",
            "local secondary indexes need a table sortKey")
        .require(ttlAttribute == null || !ttlAttribute.isBlank(), "ttlAttribute", "must not be empty")
        .unique("globalSecondaryIndexes", globalSecondaryIndexes, IndexDescriptor::name, "index name")
        .unique("localSecondaryIndexes", localSecondaryIndexes, IndexDescriptor::name, "index name");
    indexRules(ConfigPaths.child(path, "globalSecondaryIndexes"), globalSecondaryIndexes, true, checks);
    indexRules(ConfigPaths.child(path, "localSecondaryIndexes"), localSecondaryIndexes, false, checks);
    return checks.addAll(attributeTypeConflicts(path)).problems();
  }

  private void indexRules(String listPath, List<IndexDescriptor> indexes, boolean global, ConfigChecks checks) {
    for (int i = 0; i < indexes.size(); i++) {
      IndexDescriptor index = indexes.get(i);
      ConfigChecks at = new ConfigChecks(ConfigPaths.index(listPath, i));
      if (global) {
        at.require(index.partitionKey() != null, "partitionKey", "required for a global secondary index");
      } else {
        at.require(index.partitionKey() == null || index.partitionKey().equals(partitionKey), "partitionKey",
            "a local secondary index shares the table's partition key '" + partitionKey.name() + "'")
            .require(index.sortKey() != null, "sortKey", "required for a local secondary index");
      }
      checks.addAll(at.problems());
    }
  }

  /** DynamoDB declares each key attribute once, so every mention must agree on its type. */
  private List<ConfigProblem> attributeTypeConflicts(String path) {
    Map<String, AttributeType> declared = new HashMap<>();
    List<ConfigProblem> problems = new ArrayList<>();
    Map<String, KeyAttribute> keys = new LinkedHashMap<>();
    keys.put(ConfigPaths.child(path, "partitionKey"), partitionKey);
    keys.put(ConfigPaths.child(path, "sortKey"), sortKey);
    addIndexKeys(ConfigPaths.child(path, "globalSecondaryIndexes"), globalSecondaryIndexes, keys);
    addIndexKeys(ConfigPaths.child(path, "localSecondaryIndexes"), localSecondaryIndexes, keys);
    keys.forEach((keyPath, key) -> {
      if (key == null) {
        return;
      }
      AttributeType first = declared.putIfAbsent(key.name(), key.type());
      if (first != null && first != key.type()) {
        problems.add(ConfigProblem.at(ConfigPaths.child(keyPath, "type"), "attribute '" + key.name()
            + "' is " + key.type() + " here but " + first + " elsewhere in this table"));
      }
    });
    return problems;
  }

  private static void addIndexKeys(String listPath, List<IndexDescriptor> indexes, Map<String, KeyAttribute> keys) {
    for (int i = 0; i < indexes.size(); i++) {
      String at = ConfigPaths.index(listPath, i);
      keys.put(ConfigPaths.child(at, "partitionKey"), indexes.get(i).partitionKey());
      keys.put(ConfigPaths.child(at, "sortKey"), indexes.get(i).sortKey());
    }
  }
}
