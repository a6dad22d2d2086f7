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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetItemBatchingDynamoDbTest {
  private static final int USERS = 260;
  private static DynamoDbTestBed bed;
  private static DynamoDbDataSource users;

  @BeforeAll
  static void setUp() {
    bed = new DynamoDbTestBed().provision(TableSpec.of("users", new KeySpec("id", "S"), null));
    users = bed.dataSource("users");
    for (int from = 0; from < USERS; from += 25) {
      List<String> items = new ArrayList<>();
      for (int i = from; i < Math.min(USERS, from + 25); i++) {
        items.add("{\"id\":{\"S\":\"u%d\"},\"name\":{\"S\":\"user %d\"},\"age\":{\"N\":\"%d\"}}"
            .formatted(i, i, i % 90));
      }
      bed.call(users, doc("{\"operation\":\"BatchPutItem\",\"tables\":{\"users\":["
          + String.join(",", items) + "]}}"));
    }
  }

  @AfterAll
  static void tearDown() {
    bed.close();
  }

  @BeforeEach
  void resetCounts() {
    bed.recorder.reset();
  }

  private static Map<String, Object> get(String id) {
    return doc("{\"operation\":\"GetItem\",\"key\":{\"id\":{\"S\":\"" + id + "\"}}}");
  }

  private static List<Map<String, Object>> gets(int from, int count) {
    return IntStream.range(from, from + count).mapToObj(i -> get("u" + i)).toList();
  }

  private static void assertEachCallerGotItsOwnItem(int from, List<Object> results) {
    for (int i = 0; i < results.size(); i++) {
      assertEquals("user " + (from + i), ((Map<?, ?>) results.get(i)).get("name"));
    }
  }

  @Test
  void hundredGetItemsInOneTurnMakeExactlyOneBatchGetItem() {
    List<Object> results = bed.callAll(users, gets(0, 100));
    assertEachCallerGotItsOwnItem(0, results);
    assertEquals(Map.of("BatchGetItem", 1L), bed.recorder.counts());
  }

  @Test
  void twoHundredFiftyDistinctKeysMakeThreeBatchGetItems() {
    List<Object> results = bed.callAll(users, gets(5, 250));
    assertEachCallerGotItsOwnItem(5, results);
    assertEquals(Map.of("BatchGetItem", 3L), bed.recorder.counts());
  }

  @Test
  void repeatedKeysAreFetchedOnce() {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      documents.addAll(gets(0, 3));
    }
    List<Object> results = bed.callAll(users, documents);
    for (int i = 0; i < results.size(); i++) {
      assertEquals("user " + (i % 3), ((Map<?, ?>) results.get(i)).get("name"));
    }
    assertEquals(Map.of("BatchGetItem", 1L), bed.recorder.counts());

    bed.recorder.reset();
    List<Object> same = bed.callAll(users, List.of(get("u7"), get("u7"), get("u7")));
    assertEquals(3, same.stream().filter(r -> "user 7".equals(((Map<?, ?>) r).get("name"))).count());
    assertEquals(Map.of("GetItem", 1L), bed.recorder.counts());
  }

  @Test
  void missingItemsResolveToNullNextToFoundOnes() {
    List<Object> results = bed.callAll(users, List.of(get("u1"), get("nobody"), get("u2")));
    assertEquals("user 1", ((Map<?, ?>) results.get(0)).get("name"));
    assertNull(results.get(1));
    assertEquals("user 2", ((Map<?, ?>) results.get(2)).get("name"));
    assertEquals(Map.of("BatchGetItem", 1L), bed.recorder.counts());
  }

  @Test
  void onlyCompatibleReadsShareABatch() {
    List<Map<String, Object>> documents = new ArrayList<>(gets(0, 3));
    for (int i = 3; i < 6; i++) {
      documents.add(doc("{\"operation\":\"GetItem\",\"consistentRead\":true,"
          + "\"key\":{\"id\":{\"S\":\"u" + i + "\"}}}"));
    }
    for (int i = 6; i < 9; i++) {
      documents.add(doc("{\"operation\":\"GetItem\",\"key\":{\"id\":{\"S\":\"u" + i + "\"}},"
          + "\"projection\":{\"expression\":\"#n\",\"expressionNames\":{\"#n\":\"name\"}}}"));
    }
    List<Object> results = bed.callAll(users, documents);
    assertEachCallerGotItsOwnItem(0, results);
    assertEquals(Map.of("name", "user 7"), results.get(7));
    assertEquals(Map.of("BatchGetItem", 3L), bed.recorder.counts());
  }

  @Test
  void aKeyDynamoDbRejectsFailsAloneWhileItsNeighboursSucceed() {
    List<Map<String, Object>> documents = new ArrayList<>(gets(0, 2));
    documents.add(doc("{\"operation\":\"GetItem\",\"key\":{\"id\":{\"N\":\"1\"}}}"));
    List<Future<Object>> calls =
        Await.result(bed.invokeAll(users, documents, DynamoDbTestBed.RESOLVER), DynamoDbTestBed.WAIT);
    Await.result(Future.join(calls).otherwiseEmpty(), DynamoDbTestBed.WAIT);

    assertEquals("user 0", ((Map<?, ?>) calls.get(0).result()).get("name"));
    assertEquals("user 1", ((Map<?, ?>) calls.get(1).result()).get("name"));
    DataSourceException error = (DataSourceException) calls.get(2).cause();
    assertEquals("DynamoDB:ValidationException", error.errorType());
    assertEquals(1, bed.recorder.count("BatchGetItem"));
    assertEquals(3, bed.recorder.count("GetItem"));
  }

  @Test
  void getItemsIssuedInLaterTurnsFormTheirOwnBatches() {
    List<Object> first = bed.callAll(users, gets(0, 10));
    List<Object> second = bed.callAll(users, gets(10, 10));
    assertEachCallerGotItsOwnItem(0, first);
    assertEachCallerGotItsOwnItem(10, second);
    assertTrue(bed.recorder.count("BatchGetItem") == 2);
  }
}
