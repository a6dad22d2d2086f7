package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DynamoDbTestBed.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.datasource.DataSourceException;
import io.tributary.datasource.dynamodb.local.KeySpec;
import io.tributary.datasource.dynamodb.local.TableSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchTransactDynamoDbTest {
  private static DynamoDbTestBed bed;
  private static DynamoDbDataSource source;

  @BeforeAll
  static void setUp() {
    bed = new DynamoDbTestBed().provision(
        TableSpec.of("authors", new KeySpec("author_id", "S"), null),
        TableSpec.of("posts", new KeySpec("post_id", "S"), null));
    source = new DynamoDbDataSource("blog", bed.client, TableMapping.declared(
        bed.prefix + "posts",
        Map.of("authors", bed.prefix + "authors", "posts", bed.prefix + "posts")), bed.tokens);
    bed.call(source, doc("""
        {"operation":"BatchPutItem","tables":{
          "authors":[{"author_id":{"S":"a1"},"name":{"S":"Ann"}},
                     {"author_id":{"S":"a2"},"name":{"S":"Bo"}}],
          "posts":[{"post_id":{"S":"p1"},"title":{"S":"First"},"author_id":{"S":"a1"}}]}}"""));
  }

  @AfterAll
  static void tearDown() {
    bed.close();
  }

  @BeforeEach
  void resetCounts() {
    bed.recorder.reset();
  }

  @Test
  void batchPutItemReportsWrittenItemsPerTable() {
    Object result = bed.call(source, doc("""
        {"operation":"BatchPutItem","tables":{
          "posts":[{"post_id":{"S":"p9"},"title":{"S":"Nine"}}]}}"""));
    assertEquals(Map.of(
        "data", Map.of("posts", List.of(Map.of("post_id", "p9", "title", "Nine"))),
        "unprocessedItems", Map.of("posts", List.of())), result);
    assertEquals(Map.of("BatchWriteItem", 1L), bed.recorder.counts());
  }

  @Test
  void batchGetItemAcceptsBothTableShapesAndKeepsRequestOrder() {
    Object result = bed.call(source, doc("""
        {"operation":"BatchGetItem","tables":{
          "authors":{"keys":[{"author_id":{"S":"a2"}},{"author_id":{"S":"nobody"}},
                             {"author_id":{"S":"a1"}}],"consistentRead":true},
          "posts":[{"post_id":{"S":"p1"}}]}}"""));
    Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) result).get("data");
    assertEquals(Arrays.asList(Map.of("author_id", "a2", "name", "Bo"), null,
        Map.of("author_id", "a1", "name", "Ann")), data.get("authors"));
    assertEquals("First", ((Map<?, ?>) ((List<?>) data.get("posts")).get(0)).get("title"));
    assertEquals(Map.of("authors", List.of(), "posts", List.of()),
        ((Map<?, ?>) result).get("unprocessedKeys"));
    assertEquals(Map.of("BatchGetItem", 1L), bed.recorder.counts());
  }

  @Test
  void batchGetItemProjectionWithoutKeysStillMatchesItemsToKeys() {
    Object result = bed.call(source, doc("""
        {"operation":"BatchGetItem","tables":{"authors":{
          "keys":[{"author_id":{"S":"a1"}},{"author_id":{"S":"a2"}}],
          "projection":{"expression":"#n","expressionNames":{"#n":"name"}}}}}"""));
    Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) result).get("data");
    assertEquals(List.of(Map.of("name", "Ann"), Map.of("name", "Bo")), data.get("authors"));
  }

  @Test
  void batchDeleteItemRemovesItems() {
    bed.call(source, doc("""
        {"operation":"BatchPutItem","tables":{"posts":[{"post_id":{"S":"gone"}}]}}"""));
    Object result = bed.call(source, doc("""
        {"operation":"BatchDeleteItem","tables":{"posts":[{"post_id":{"S":"gone"}}]}}"""));
    assertEquals(Map.of("data", Map.of("posts", List.of(Map.of("post_id", "gone"))),
        "unprocessedKeys", Map.of("posts", List.of())), result);
    assertNull(bed.call(source, doc("""
        {"operation":"GetItem","key":{"post_id":{"S":"gone"}}}""")));
  }

  @Test
  void batchNamingAnUndeclaredTableIsAMappingTemplateError() {
    DataSourceException error = bed.failure(source, doc("""
        {"operation":"BatchGetItem","tables":{"comments":[{"id":{"S":"c1"}}]}}"""));
    assertEquals("MappingTemplate", error.errorType());
    assertTrue(error.getMessage().contains("comments"), error.getMessage());
    assertEquals(0, bed.recorder.total());
  }

  @Test
  void transactGetItemsReturnsItemsInOrder() {
    Object result = bed.call(source, doc("""
        {"operation":"TransactGetItems","transactItems":[
          {"table":"authors","key":{"author_id":{"S":"a1"}}},
          {"table":"posts","key":{"post_id":{"S":"missing"}}},
          {"table":"posts","key":{"post_id":{"S":"p1"}},
           "projection":{"expression":"title"}}]}"""));
    List<?> items = (List<?>) ((Map<?, ?>) result).get("items");
    assertEquals(Map.of("author_id", "a1", "name", "Ann"), items.get(0));
    assertNull(items.get(1));
    assertEquals(Map.of("title", "First"), items.get(2));
    assertTrue(((Map<?, ?>) result).containsKey("cancellationReasons"));
    assertNull(((Map<?, ?>) result).get("cancellationReasons"));
  }

  @Test
  void transactWriteItemsAppliesEveryKindOfWriteAtomically() {
    Object result = bed.call(source, doc("""
        {"operation":"TransactWriteItems","transactItems":[
          {"table":"posts","operation":"PutItem","key":{"post_id":{"S":"t1"}},
           "attributeValues":{"title":{"S":"Tx"}},
           "condition":{"expression":"attribute_not_exists(post_id)"}},
          {"table":"authors","operation":"UpdateItem","key":{"author_id":{"S":"a2"}},
           "update":{"expression":"SET posts = :one","expressionValues":{":one":{"N":"1"}}}},
          {"table":"authors","operation":"ConditionCheck","key":{"author_id":{"S":"a1"}},
           "condition":{"expression":"attribute_exists(author_id)"}}]}"""));
    assertEquals(List.of(Map.of("post_id", "t1"), Map.of("author_id", "a2"),
        Map.of("author_id", "a1")), ((Map<?, ?>) result).get("keys"));
    assertNull(((Map<?, ?>) result).get("cancellationReasons"));
    assertEquals("Tx", ((Map<?, ?>) bed.call(source, doc("""
        {"operation":"GetItem","key":{"post_id":{"S":"t1"}}}"""))).get("title"));
    assertEquals(1, bed.recorder.count("TransactWriteItems"));
  }

  @Test
  void cancelledTransactionReportsReasonsWithTheCurrentItemAndWritesNothing() {
    DataSourceException error = bed.failure(source, doc("""
        {"operation":"TransactWriteItems","transactItems":[
          {"table":"posts","operation":"PutItem","key":{"post_id":{"S":"never"}}},
          {"table":"authors","operation":"DeleteItem","key":{"author_id":{"S":"a1"}},
           "condition":{"expression":"#n = :n","expressionNames":{"#n":"name"},
                        "expressionValues":{":n":{"S":"Someone else"}}}}]}"""));

    assertEquals("DynamoDB:TransactionCanceledException", error.errorType());
    List<?> reasons = (List<?>) ((Map<?, ?>) error.data()).get("cancellationReasons");
    assertEquals("None", ((Map<?, ?>) reasons.get(0)).get("type"));
    Map<?, ?> failed = (Map<?, ?>) reasons.get(1);
    assertEquals("ConditionalCheckFailed", failed.get("type"));
    assertEquals(Map.of("author_id", "a1", "name", "Ann"), failed.get("item"));
    assertNull(bed.call(source, doc("""
        {"operation":"GetItem","key":{"post_id":{"S":"never"}}}""")));
  }

  @Test
  void transactWriteWithAnUnknownItemOperationIsRejectedBeforeAnyCall() {
    DataSourceException error = bed.failure(source, doc("""
        {"operation":"TransactWriteItems","transactItems":[
          {"table":"posts","operation":"Upsert","key":{"post_id":{"S":"x"}}}]}"""));
    assertEquals("MappingTemplate", error.errorType());
    assertEquals(0, bed.recorder.total());
  }
}
