package io.tributary.composition.descriptor;

import io.tributary.config.ConfigChecks;
import io.tributary.config.ConfigProblem;
import io.tributary.config.ConfigValidation;
import io.tributary.config.Required;
import java.util.List;

/**
 * A DynamoDB secondary index (global or local).
 *
 * @param name index name, unique within the table
 * @param partitionKey the index's partition key; required for global indexes, optional for local
 *     ones (which always share the table's partition key)
 * @param sortKey the index's sort key; required for local indexes
 * @param projection which attributes the index copies; ALL when left out
 * @param nonKeyAttributes attributes copied with projection INCLUDE (and only then)
 */
public record IndexDescriptor(@Required String name, KeyAttribute partitionKey, KeyAttribute sortKey,
    ProjectionType projection, List<String> nonKeyAttributes) implements ConfigValidation {

  public static IndexDescriptor defaults() {
    return new IndexDescriptor(null, null, null, ProjectionType.ALL, List.of());
  }

  /** The partition key, or the table's when a local index leaves it out. */
  public KeyAttribute partitionKeyOr(KeyAttribute tablePartitionKey) {
    return partitionKey != null ? partitionKey : tablePartitionKey;
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    boolean include = projection == ProjectionType.INCLUDE;
    return new ConfigChecks(path)
        .require(TableDescriptor.isTableName(name), "name", TableDescriptor.NAME_RULE + ", got '" + name + "'")
        .require(!include || !nonKeyAttributes.isEmpty(), "nonKeyAttributes", "required with projection INCLUDE")
        .require(include || nonKeyAttributes.isEmpty(), "nonKeyAttributes",
            "only allowed with projection INCLUDE, not " + projection)
        .problems();
  }
}
