package io.tributary.datasource.dynamodb;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which physical tables a DynamoDB data source reaches.
 *
 * @param defaultTable the physical table single-table operations (GetItem, Query ...) use
 * @param batchTables maps a table name written in a batch or transact document to a physical
 *     table; returns null for a name the data source does not declare
 */
public record TableMapping(String defaultTable, Function<String, String> batchTables) {
  public TableMapping {
    Objects.requireNonNull(defaultTable, "defaultTable");
    Objects.requireNonNull(batchTables, "batchTables");
  }

  /** One table; batch documents may name it by its physical name only. */
  public static TableMapping single(String table) {
    return new TableMapping(table, name -> table.equals(name) ? table : null);
  }

  /**
   * The {@code tablePrefix} convention: documents use logical names and every physical table is
   * {@code prefix + logical}, as when one account hosts several environments.
   */
  public static TableMapping prefixed(String prefix, String logicalDefaultTable) {
    String safePrefix = prefix == null ? "" : prefix;
    return new TableMapping(safePrefix + logicalDefaultTable, name -> safePrefix + name);
  }

  /** Explicit logical-to-physical names, as declared in a data source descriptor. */
  public static TableMapping declared(String defaultTable, Map<String, String> logicalToPhysical) {
    Map<String, String> copy = Map.copyOf(logicalToPhysical);
    return new TableMapping(defaultTable, copy::get);
  }
}
