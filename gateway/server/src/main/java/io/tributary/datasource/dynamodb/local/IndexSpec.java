package io.tributary.datasource.dynamodb.local;

import java.util.List;

/**
 * A secondary index.
 *
 * @param name index name
 * @param partitionKey the index's partition key (for a local index: the table's)
 * @param sortKey the index's sort key, null for none
 * @param projection {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE}; null means ALL
 * @param nonKeyAttributes the attributes an {@code INCLUDE} projection adds
 */
public record IndexSpec(String name, KeySpec partitionKey, KeySpec sortKey, String projection,
    List<String> nonKeyAttributes) {
  public IndexSpec {
    if (name == null || name.isBlank() || partitionKey == null) {
      throw new IllegalArgumentException("an index needs a name and a partition key");
    }
    projection = projection == null ? "ALL" : projection;
    if (!List.of("ALL", "KEYS_ONLY", "INCLUDE").contains(projection)) {
      throw new IllegalArgumentException("index " + name
          + " projection must be ALL, KEYS_ONLY or INCLUDE, got " + projection);
    }
    nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
    if (!nonKeyAttributes.isEmpty() && !projection.equals("INCLUDE")) {
      throw new IllegalArgumentException("index " + name
          + " lists nonKeyAttributes, which only an INCLUDE projection takes");
    }
  }
}
