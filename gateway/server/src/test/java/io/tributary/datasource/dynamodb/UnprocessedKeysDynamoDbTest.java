package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DynamoDbTestBed.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.datasource.DataSourceException;
import io.tributary.datasource.dynamodb.local.KeySpec;
import io.tributary.datasource.dynamodb.local.TableSpec;
import io.tributary.testsupport.Await;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A batch whose items exceed BatchGetItem's 16 MB response limit comes back in parts. */
class UnprocessedKeysDynamoDbTest {
  private static final int ITEMS = 100;
  private static final int BODY_CHARS = 350 * 1024;
  private static DynamoDbTestBed bed;
  private static DynamoDbDataSource blobs;

  @BeforeAll
  static void setUp() {
    bed = new DynamoDbTestBed().provision(TableSpec.of("blobs", new KeySpec("id", "S"), null));
    blobs = bed.dataSource("blobs");
    for (int i = 0; i < ITEMS; i++) {
      String body = Character.toString('a' + i % 26).repeat(BODY_CHARS);
      bed.call(blobs, doc("""
          {"operation":"PutItem","key":{"id":{"S":"b%d"}},"attributeValues":{"body":{"S":"%s"}}}"""
          .formatted(i, body)));
    }
    bed.recorder.reset();
  }

  @AfterAll
  static void tearDown() {
    bed.close();
  }

  @Test
  void unprocessedKeysAreRetriedUntilEveryCallerHasItsItem() {
    List<Map<String, Object>> gets = IntStream.range(0, ITEMS)
        .mapToObj(i -> doc("{\"operation\":\"GetItem\",\"key\":{\"id\":{\"S\":\"b" + i + "\"}}}"))
        .toList();

    List<Object> results = bed.callAll(blobs, gets);

    for (int i = 0; i < ITEMS; i++) {
      Map<?, ?> item = (Map<?, ?>) results.get(i);
      assertEquals("b" + i, item.get("id"));
      String body = (String) item.get("body");
      assertEquals(BODY_CHARS, body.length());
      assertEquals('a' + i % 26, body.charAt(0));
    }
    long batches = bed.recorder.count("BatchGetItem");
    assertTrue(batches >= 3, "35 MB cannot come back in fewer than three 16 MB responses, made "
        + batches);
    assertEquals(Map.of("BatchGetItem", batches), bed.recorder.counts());
  }

  @Test
  void keysStillUnprocessedAfterTheLastAttemptFailAloneWithAClearError() {
    DynamoDbDataSource oneAttempt = new DynamoDbDataSource("blobs", bed.client,
        TableMapping.prefixed(bed.prefix, "blobs"), bed.tokens,
        new BatchRetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1)), false);
    List<Map<String, Object>> gets = IntStream.range(0, ITEMS)
        .mapToObj(i -> doc("{\"operation\":\"GetItem\",\"key\":{\"id\":{\"S\":\"b" + i + "\"}}}"))
        .toList();
    bed.recorder.reset();

    List<Future<Object>> calls =
        Await.result(bed.invokeAll(oneAttempt, gets, DynamoDbTestBed.RESOLVER), DynamoDbTestBed.WAIT);
    Await.result(Future.join(calls).otherwiseEmpty(), DynamoDbTestBed.WAIT);

    long served = calls.stream().filter(Future::succeeded).count();
    assertTrue(served > 0 && served < ITEMS, "served " + served);
    for (int i = 0; i < ITEMS; i++) {
      if (calls.get(i).succeeded()) {
        assertEquals("b" + i, ((Map<?, ?>) calls.get(i).result()).get("id"));
      } else {
        DataSourceException error = (DataSourceException) calls.get(i).cause();
        assertEquals("DynamoDB:ProvisionedThroughputExceededException", error.errorType());
      }
    }
    assertEquals(Map.of("BatchGetItem", 1L), bed.recorder.counts());
  }
}
