package io.tributary.datasource.dynamodb.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/** Translates {@link TableSpec}s into DynamoDB's CreateTable/UpdateTable shapes. */
final class TableDefinitions {
  private TableDefinitions() {}

  static CreateTableRequest createTable(TableSpec spec) {
    List<GlobalSecondaryIndex> gsis = spec.globalSecondaryIndexes().stream()
        .map(TableDefinitions::globalIndex).toList();
    List<LocalSecondaryIndex> lsis = spec.localSecondaryIndexes().stream()
        .map(TableDefinitions::localIndex).toList();
    return CreateTableRequest.builder()
        .tableName(spec.name())
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(keySchema(spec.partitionKey(), spec.sortKey()))
        .attributeDefinitions(attributeDefinitions(spec, spec.globalSecondaryIndexes()))
        .globalSecondaryIndexes(gsis.isEmpty() ? null : gsis)
        .localSecondaryIndexes(lsis.isEmpty() ? null : lsis)
        .build();
  }

  /** Every key attribute of the table and the given indexes, one definition per name. */
  static List<AttributeDefinition> attributeDefinitions(TableSpec spec, List<IndexSpec> gsis) {
    Map<String, KeySpec> keys = new LinkedHashMap<>();
    List<KeySpec> all = new ArrayList<>();
    all.add(spec.partitionKey());
    all.add(spec.sortKey());
    for (IndexSpec index : concat(gsis, spec.localSecondaryIndexes())) {
      all.add(index.partitionKey());
      all.add(index.sortKey());
    }
    for (KeySpec key : all) {
      if (key == null) {
        continue;
      }
      KeySpec previous = keys.putIfAbsent(key.name(), key);
      if (previous != null && !previous.type().equals(key.type())) {
        throw new IllegalArgumentException("table " + spec.name() + ": attribute " + key.name()
            + " is declared as both " + previous.type() + " and " + key.type());
      }
    }
    return keys.values().stream().map(key -> AttributeDefinition.builder()
        .attributeName(key.name()).attributeType(key.scalarType()).build()).toList();
  }

  private static List<IndexSpec> concat(List<IndexSpec> a, List<IndexSpec> b) {
    List<IndexSpec> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  static List<KeySchemaElement> keySchema(KeySpec partitionKey, KeySpec sortKey) {
    List<KeySchemaElement> schema = new ArrayList<>();
    schema.add(KeySchemaElement.builder().attributeName(partitionKey.name())
        .keyType(KeyType.HASH).build());
    if (sortKey != null) {
      schema.add(KeySchemaElement.builder().attributeName(sortKey.name())
          .keyType(KeyType.RANGE).build());
    }
    return schema;
  }

  static GlobalSecondaryIndex globalIndex(IndexSpec index) {
    return GlobalSecondaryIndex.builder()
        .indexName(index.name())
        .keySchema(keySchema(index.partitionKey(), index.sortKey()))
        .projection(projection(index))
        .build();
  }

  static LocalSecondaryIndex localIndex(IndexSpec index) {
    return LocalSecondaryIndex.builder()
        .indexName(index.name())
        .keySchema(keySchema(index.partitionKey(), index.sortKey()))
        .projection(projection(index))
        .build();
  }

  private static Projection projection(IndexSpec index) {
    return Projection.builder()
        .projectionType(ProjectionType.fromValue(index.projection()))
        .nonKeyAttributes(index.nonKeyAttributes().isEmpty() ? null : index.nonKeyAttributes())
        .build();
  }
}
