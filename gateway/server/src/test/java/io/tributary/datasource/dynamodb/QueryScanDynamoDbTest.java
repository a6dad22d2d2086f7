package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DynamoDbTestBed.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.datasource.DataSourceException;
import io.tributary.datasource.dynamodb.local.IndexSpec;
import io.tributary.datasource.dynamodb.local.KeySpec;
import io.tributary.datasource.dynamodb.local.TableSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryScanDynamoDbTest {
  private static DynamoDbTestBed bed;
  private static DynamoDbDataSource posts;

  @BeforeAll
  static void setUp() {
    KeySpec author = new KeySpec("authorId", "S");
    KeySpec created = new KeySpec("createdAt", "N");
    bed = new DynamoDbTestBed().provision(new TableSpec("posts", author, new KeySpec("postId", "S"),
        List.of(new IndexSpec("byStatus", new KeySpec("status", "S"), created, "ALL", null)),
        List.of(new IndexSpec("byCreated", author, created, "KEYS_ONLY", null)), null));
    posts = bed.dataSource("posts");
    for (int i = 1; i <= 5; i++) {
      bed.call(posts, doc("""
          {"operation":"PutItem","key":{"authorId":{"S":"a1"},"postId":{"S":"p%d"}},
           "attributeValues":{"createdAt":{"N":"%d"},"status":{"S":"%s"},"title":{"S":"post %d"}}}"""
          .formatted(i, 100 + i, i % 2 == 0 ? "draft" : "live", i)));
    }
    bed.call(posts, doc("""
        {"operation":"PutItem","key":{"authorId":{"S":"a2"},"postId":{"S":"q1"}},
         "attributeValues":{"createdAt":{"N":"50"},"status":{"S":"live"}}}"""));
  }

  @AfterAll
  static void tearDown() {
    bed.close();
  }

  @BeforeEach
  void resetCounts() {
    bed.recorder.reset();
  }

  private static Map<String, Object> queryAuthor(String extra) {
    return doc("""
        {"operation":"Query","query":{"expression":"authorId = :a",
          "expressionValues":{":a":{"S":"a1"}}} %s}""".formatted(extra));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Object page) {
    return (List<Map<String, Object>>) ((Map<?, ?>) page).get("items");
  }

  private static String nextToken(Object page) {
    return (String) ((Map<?, ?>) page).get("nextToken");
  }

  private static List<Object> ids(Object page) {
    return items(page).stream().map(item -> item.get("postId")).toList();
  }

  @Test
  void queryReturnsItemsInSortOrderWithScannedCount() {
    Object page = bed.call(posts, queryAuthor(""));
    assertEquals(List.of("p1", "p2", "p3", "p4", "p5"), ids(page));
    assertEquals(5L, ((Number) ((Map<?, ?>) page).get("scannedCount")).longValue());
    assertNull(nextToken(page));
    assertEquals(101L, items(page).get(0).get("createdAt"));

    Object reversed = bed.call(posts, queryAuthor(",\"scanIndexForward\":false"));
    assertEquals(List.of("p5", "p4", "p3", "p2", "p1"), ids(reversed));
  }

  @Test
  void queryPagesThroughEveryItemWithNextToken() {
    List<Object> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String tokenField = token == null ? "" : ",\"nextToken\":\"" + token + "\"";
      Object page = bed.call(posts, queryAuthor(",\"limit\":2" + tokenField));
      seen.addAll(ids(page));
      token = nextToken(page);
      pages++;
    } while (token != null && pages < 10);
    assertEquals(List.of("p1", "p2", "p3", "p4", "p5"), seen);
    assertEquals(pages, bed.recorder.count("Query"));
  }

  @Test
  void nextTokenIsOpaque() {
    String token = nextToken(bed.call(posts, queryAuthor(",\"limit\":1")));
    assertNotNull(token);
    String decoded = new String(java.util.Base64.getUrlDecoder().decode(token),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(!decoded.contains("a1") && !decoded.contains("p1"), "token leaks the key");
  }

  @Test
  void queryOnGlobalIndexAppliesFilterAndProjection() {
    Object page = bed.call(posts, doc("""
        {"operation":"Query","index":"byStatus",
         "query":{"expression":"#s = :s AND createdAt > :after",
                  "expressionNames":{"#s":"status"},
                  "expressionValues":{":s":{"S":"live"},":after":{"N":"0"}}},
         "filter":{"expression":"authorId = :a","expressionValues":{":a":{"S":"a1"}}},
         "projection":{"expression":"postId, #s","expressionNames":{"#s":"status"}},
         "scanIndexForward":false}"""));
    assertEquals(List.of(Map.of("postId", "p5", "status", "live"),
        Map.of("postId", "p3", "status", "live"), Map.of("postId", "p1", "status", "live")),
        items(page));
    assertEquals(4L, ((Number) ((Map<?, ?>) page).get("scannedCount")).longValue());
  }

  @Test
  void queryOnLocalIndexWithSelectAndConsistentRead() {
    Object page = bed.call(posts, doc("""
        {"operation":"Query","index":"byCreated","consistentRead":true,
         "select":"ALL_PROJECTED_ATTRIBUTES",
         "query":{"expression":"authorId = :a AND createdAt >= :c",
                  "expressionValues":{":a":{"S":"a1"},":c":{"N":104}}}}"""));
    assertEquals(List.of(
        Map.of("authorId", "a1", "postId", "p4", "createdAt", 104L),
        Map.of("authorId", "a1", "postId", "p5", "createdAt", 105L)), items(page));
  }

  @Test
  void tamperedNextTokenIsRejectedBeforeCallingDynamoDb() {
    String token = nextToken(bed.call(posts, queryAuthor(",\"limit\":2")));
    char last = token.charAt(token.length() / 2);
    String tampered = token.substring(0, token.length() / 2) + (last == 'A' ? 'B' : 'A')
        + token.substring(token.length() / 2 + 1);
    bed.recorder.reset();

    for (String bad : List.of(tampered, "not-a-token", "AAAA")) {
      DataSourceException error = bed.failure(posts,
          queryAuthor(",\"limit\":2,\"nextToken\":\"" + bad + "\""));
      assertEquals(PageTokens.INVALID_TOKEN_TYPE, error.errorType());
      assertEquals(PageTokens.INVALID_TOKEN_MESSAGE, error.getMessage());
    }
    assertEquals(0, bed.recorder.total());
  }

  @Test
  void nextTokenFromAnotherResolverOrIndexIsRejected() {
    String token = nextToken(bed.call(posts, queryAuthor(",\"limit\":2"), "Query.postsByAuthor"));
    assertNotNull(bed.call(posts, queryAuthor(",\"limit\":2,\"nextToken\":\"" + token + "\""),
        "Query.postsByAuthor"));

    DataSourceException foreign = bed.failure(posts,
        queryAuthor(",\"limit\":2,\"nextToken\":\"" + token + "\""), "Query.somethingElse");
    assertEquals(PageTokens.INVALID_TOKEN_TYPE, foreign.errorType());

    DataSourceException otherIndex = bed.failure(posts, queryAuthor(
        ",\"index\":\"byCreated\",\"limit\":2,\"nextToken\":\"" + token + "\""),
        "Query.postsByAuthor");
    assertEquals(PageTokens.INVALID_TOKEN_MESSAGE, otherIndex.getMessage());
  }

  @Test
  void queryOnUndeclaredIndexFailsWithDynamoDbsValidationMessage() {
    DataSourceException error = bed.failure(posts, queryAuthor(",\"index\":\"noSuchIndex\""));
    assertEquals("DynamoDB:ValidationException", error.errorType());
    assertTrue(error.getMessage().contains("index"), error.getMessage());
  }

  @Test
  void parallelScanSegmentsTogetherCoverTheTable() {
    Set<Object> seen = new HashSet<>();
    for (int segment = 0; segment < 2; segment++) {
      Object page = bed.call(posts, doc("""
          {"operation":"Scan","segment":%d,"totalSegments":2}""".formatted(segment)));
      items(page).forEach(item -> assertTrue(seen.add(item.get("postId"))));
    }
    assertEquals(Set.of("p1", "p2", "p3", "p4", "p5", "q1"), seen);
    assertEquals(2, bed.recorder.count("Scan"));
  }

  @Test
  void scanWithFilterPagesAndMayReturnEmptyPagesWithAToken() {
    List<Object> live = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String tokenField = token == null ? "" : ",\"nextToken\":\"" + token + "\"";
      Object page = bed.call(posts, doc("""
          {"operation":"Scan","limit":1,"consistentRead":true,
           "filter":{"expression":"#s = :s","expressionNames":{"#s":"status"},
                     "expressionValues":{":s":{"S":"draft"}}} %s}""".formatted(tokenField)));
      live.addAll(ids(page));
      token = nextToken(page);
      pages++;
    } while (token != null && pages < 20);
    assertEquals(Set.of("p2", "p4"), new HashSet<>(live));
    assertTrue(pages >= 6, "limit applies before the filter, so every item costs a page");
  }

  @Test
  void scanTokenIsBoundToItsSegment() {
    Object page = bed.call(posts, doc("""
        {"operation":"Scan","limit":1,"segment":0,"totalSegments":2}"""));
    String token = nextToken(page);
    assertNotNull(token);
    DataSourceException error = bed.failure(posts, doc("""
        {"operation":"Scan","limit":1,"segment":1,"totalSegments":2,"nextToken":"%s"}"""
        .formatted(token)));
    assertEquals(PageTokens.INVALID_TOKEN_TYPE, error.errorType());
  }
}
