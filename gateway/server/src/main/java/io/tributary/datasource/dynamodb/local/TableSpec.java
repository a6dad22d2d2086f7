package io.tributary.datasource.dynamodb.local;

import java.util.List;

/**
 * A table a source API declares, as the {@link TableProvisioner} creates it.
 *
 * @param name the physical table name
 * @param partitionKey the partition (hash) key
 * @param sortKey the sort (range) key, null for none
 * @param globalSecondaryIndexes GSIs; missing ones are added to existing tables
 * @param localSecondaryIndexes LSIs; DynamoDB only creates them with the table
 * @param ttlAttribute the attribute holding the expiry epoch seconds, null for no TTL
 */
public record TableSpec(String name, KeySpec partitionKey, KeySpec sortKey,
    List<IndexSpec> globalSecondaryIndexes, List<IndexSpec> localSecondaryIndexes,
    String ttlAttribute) {
  public TableSpec {
    if (name == null || name.isBlank() || partitionKey == null) {
      throw new IllegalArgumentException("a table needs a name and a partition key");
    }
    globalSecondaryIndexes =
        globalSecondaryIndexes == null ? List.of() : List.copyOf(globalSecondaryIndexes);
    localSecondaryIndexes =
        localSecondaryIndexes == null ? List.of() : List.copyOf(localSecondaryIndexes);
  }

  /** A table with only a primary key. */
  public static TableSpec of(String name, KeySpec partitionKey, KeySpec sortKey) {
    return new TableSpec(name, partitionKey, sortKey, List.of(), List.of(), null);
  }
}
