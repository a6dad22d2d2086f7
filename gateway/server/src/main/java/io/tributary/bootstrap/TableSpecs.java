package io.tributary.bootstrap;

import io.tributary.composition.descriptor.IndexDescriptor;
import io.tributary.composition.descriptor.KeyAttribute;
import io.tributary.composition.descriptor.TableDescriptor;
import io.tributary.datasource.dynamodb.local.IndexSpec;
import io.tributary.datasource.dynamodb.local.KeySpec;
import io.tributary.datasource.dynamodb.local.TableSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables the source APIs declare, as the provisioner's specs. Two source APIs may declare the
 * same table (chat and tasks both read presence's Users); their declarations must then agree, or
 * start-up fails naming both.
 */
final class TableSpecs {
  private TableSpecs() {}

  /** Declarations by physical table name. */
  static Map<String, TableSpec> collect(Map<String, TableDescriptor> byOwner, String prefix, List<String> problems) {
    Map<String, TableSpec> specs = new LinkedHashMap<>();
    Map<String, String> owners = new LinkedHashMap<>();
    byOwner.forEach((owner, table) -> {
      TableSpec spec = toSpec(prefix + table.name(), table);
      TableSpec known = specs.putIfAbsent(spec.name(), spec);
      owners.putIfAbsent(spec.name(), owner);
      if (known != null && !known.equals(spec)) {
        problems.add("table " + spec.name() + " is declared differently by " + owners.get(spec.name()) + " and " + owner);
      }
    });
    return specs;
  }

  static TableSpec toSpec(String physicalName, TableDescriptor table) {
    return new TableSpec(
        physicalName,
        key(table.partitionKey()),
        key(table.sortKey()),
        table.globalSecondaryIndexes().stream().map(i -> index(i, table.partitionKey())).toList(),
        table.localSecondaryIndexes().stream().map(i -> index(i, table.partitionKey())).toList(),
        table.ttlAttribute());
  }

  private static IndexSpec index(IndexDescriptor index, KeyAttribute tablePartitionKey) {
    return new IndexSpec(index.name(), key(index.partitionKeyOr(tablePartitionKey)), key(index.sortKey()),
        index.projection().name(), index.nonKeyAttributes());
  }

  private static KeySpec key(KeyAttribute attribute) {
    return attribute == null ? null : new KeySpec(attribute.name(), attribute.type().name());
  }
}
