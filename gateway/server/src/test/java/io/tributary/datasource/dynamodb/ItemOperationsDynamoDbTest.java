package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DynamoDbTestBed.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.datasource.DataSourceException;
import io.tributary.datasource.dynamodb.local.KeySpec;
import io.tributary.datasource.dynamodb.local.TableSpec;
import io.tributary.testsupport.Await;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ItemOperationsDynamoDbTest {
  private static DynamoDbTestBed bed;
  private static DynamoDbDataSource items;

  @BeforeAll
  static void setUp() {
    bed = new DynamoDbTestBed().provision(TableSpec.of("items", new KeySpec("id", "S"), null));
    items = bed.dataSource("items");
  }

  @AfterAll
  static void tearDown() {
    bed.close();
  }

  @BeforeEach
  void resetCounts() {
    bed.recorder.reset();
  }

  private static Map<String, Object> put(String id, String extra) {
    return doc("""
        {"version":"2018-05-29","operation":"PutItem","key":{"id":{"S":"%s"}},
         "attributeValues":{"title":{"S":"hello"},"count":{"N":"3"},"price":{"N":1.5},
           "tags":{"SS":["a","b"]},"nums":{"NS":["1","2"]},"flag":{"BOOL":true},
           "nothing":{"NULL":true},"blob":{"B":"aGk="},
           "nested":{"M":{"list":{"L":[{"S":"x"},{"N":"12345678901234567890"}]}}} %s}}
        """.formatted(id, extra));
  }

  @Test
  void putItemThenGetItemReturnsPlainJson() {
    Object written = bed.call(items, put("p1", ""));
    Object read = bed.call(items, doc("""
        {"operation":"GetItem","key":{"id":{"S":"p1"}},"consistentRead":true}"""));

    assertEquals(written, read);
    Map<?, ?> item = (Map<?, ?>) read;
    assertEquals("hello", item.get("title"));
    assertEquals(3L, item.get("count"));
    assertEquals(1.5, item.get("price"));
    assertEquals(List.of("a", "b"), item.get("tags"));
    assertEquals(List.of(1L, 2L), item.get("nums"));
    assertEquals(true, item.get("flag"));
    assertTrue(item.containsKey("nothing") && item.get("nothing") == null);
    assertEquals("aGk=", item.get("blob"));
    assertEquals(Map.of("list", List.of("x", new java.math.BigInteger("12345678901234567890"))),
        item.get("nested"));
    assertEquals(1, bed.recorder.count("PutItem"));
    assertEquals(1, bed.recorder.count("GetItem"));
  }

  @Test
  void getItemOfMissingKeyReturnsNull() {
    assertNull(bed.call(items, doc("""
        {"operation":"GetItem","key":{"id":{"S":"does-not-exist"}}}""")));
  }

  @Test
  void getItemWithProjectionReturnsOnlyProjectedAttributes() {
    bed.call(items, put("proj", ""));
    Object read = bed.call(items, doc("""
        {"operation":"GetItem","key":{"id":{"S":"proj"}},
         "projection":{"expression":"#t, price","expressionNames":{"#t":"title"}}}"""));
    assertEquals(Map.of("title", "hello", "price", 1.5), read);
  }

  @Test
  void updateItemReturnsTheNewItem() {
    bed.call(items, put("u1", ""));
    Object updated = bed.call(items, doc("""
        {"operation":"UpdateItem","key":{"id":{"S":"u1"}},
         "update":{"expression":"SET #c = #c + :one REMOVE tags",
                   "expressionNames":{"#c":"count"},"expressionValues":{":one":{"N":1}}}}"""));
    Map<?, ?> item = (Map<?, ?>) updated;
    assertEquals(4L, item.get("count"));
    assertTrue(!item.containsKey("tags"));
  }

  @Test
  void deleteItemReturnsTheDeletedItemAndRemovesIt() {
    bed.call(items, put("d1", ""));
    Object deleted = bed.call(items, doc("""
        {"operation":"DeleteItem","key":{"id":{"S":"d1"}}}"""));
    assertEquals("hello", ((Map<?, ?>) deleted).get("title"));
    assertNull(bed.call(items, doc("""
        {"operation":"GetItem","key":{"id":{"S":"d1"}}}""")));
    assertNull(bed.call(items, doc("""
        {"operation":"DeleteItem","key":{"id":{"S":"d1"}}}""")));
  }

  @Test
  void failedConditionReportsConditionalCheckFailedWithTheCurrentItem() {
    bed.call(items, put("c1", ",\"version\":{\"N\":\"7\"}"));
    DataSourceException error = bed.failure(items, doc("""
        {"operation":"PutItem","key":{"id":{"S":"c1"}},"attributeValues":{"version":{"N":"8"}},
         "condition":{"expression":"version = :expected","expressionValues":{":expected":{"N":"6"}}}}"""));

    assertEquals("DynamoDB:ConditionalCheckFailedException", error.errorType());
    assertEquals("The conditional request failed", error.getMessage());
    Map<?, ?> current = (Map<?, ?>) error.data();
    assertEquals(7L, current.get("version"));
    assertEquals("hello", current.get("title"));
  }

  @Test
  void twoConcurrentUpdatesOfTheSameVersionLetExactlyOneSucceed() {
    bed.call(items, doc("""
        {"operation":"PutItem","key":{"id":{"S":"race"}},"attributeValues":{"version":{"N":"1"}}}"""));
    Map<String, Object> bump = doc("""
        {"operation":"UpdateItem","key":{"id":{"S":"race"}},
         "update":{"expression":"SET version = :next","expressionValues":{":next":{"N":"2"}}},
         "condition":{"expression":"version = :current","expressionValues":{":current":{"N":"1"}}}}""");

    List<Future<Object>> calls =
        Await.result(bed.invokeAll(items, List.of(bump, bump), "Mutation.bump"), DynamoDbTestBed.WAIT);
    Await.result(Future.join(calls).otherwiseEmpty(), DynamoDbTestBed.WAIT);

    long succeeded = calls.stream().filter(Future::succeeded).count();
    assertEquals(1, succeeded);
    DataSourceException loser = (DataSourceException) calls.stream()
        .filter(Future::failed).findFirst().orElseThrow().cause();
    assertEquals("DynamoDB:ConditionalCheckFailedException", loser.errorType());
    assertEquals(2L, ((Map<?, ?>) loser.data()).get("version"));
    assertEquals(2, bed.recorder.count("UpdateItem"));
  }

  @Test
  void itemOverFourHundredKilobytesIsRejectedWithDynamoDbsMessage() {
    String big = "x".repeat(410 * 1024);
    DataSourceException error = bed.failure(items, doc("""
        {"operation":"PutItem","key":{"id":{"S":"big"}},"attributeValues":{"body":{"S":"%s"}}}"""
        .formatted(big)));
    assertEquals("DynamoDB:ValidationException", error.errorType());
    assertTrue(error.getMessage().contains("size"), error.getMessage());
  }

  @Test
  void malformedDocumentsFailAsMappingTemplateWithoutCallingDynamoDb() {
    List<String> documents = List.of(
        "{\"operation\":\"GetItem\"}",
        "{\"operation\":\"GetItem\",\"key\":{\"id\":\"plain\"}}",
        "{\"operation\":\"GetItem\",\"key\":{\"id\":{\"S\":\"a\",\"N\":\"1\"}}}",
        "{\"operation\":\"GetItem\",\"key\":{\"id\":{\"N\":\"twelve\"}}}",
        "{\"operation\":\"GetItem\",\"key\":{\"id\":{\"B\":\"%%%\"}}}",
        "{\"operation\":\"GetItem\",\"key\":{}}",
        "{\"operation\":\"PutItem\",\"key\":{\"id\":{\"S\":\"a\"}},\"attributeValues\":{\"x\":{\"Q\":1}}}",
        "{\"operation\":\"UpdateItem\",\"key\":{\"id\":{\"S\":\"a\"}}}",
        "{\"operation\":\"DropTable\"}",
        "{\"operation\":\"Query\",\"query\":{\"expression\":\"id = :id\"},\"limit\":\"ten\"}",
        "{\"operation\":\"BatchGetItem\",\"tables\":\"items\"}",
        "{\"operation\":\"BatchGetItem\",\"tables\":{\"items\":{\"keys\":[{\"id\":{\"S\":\"a\"}}],\"consistentRead\":\"yes\"}}}");
    for (String json : documents) {
      DataSourceException error = bed.failure(items, doc(json));
      assertEquals("MappingTemplate", error.errorType(), json);
      assertTrue(!error.getMessage().isBlank(), json);
    }
    assertEquals("MappingTemplate", bed.failure(items, "not an object").errorType());
    assertEquals(0, bed.recorder.total(), bed.recorder.counts().toString());
  }
}
