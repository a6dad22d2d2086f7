package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DynamoDbTestBed.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tributary.datasource.DataSourceException;
import io.tributary.datasource.dynamodb.PageTokens.TokenBinding;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Conversions and tokens that need no DynamoDB. */
class AttributeValueJsonTest {

  @Test
  void numbersBecomeTheNarrowestExactJavaNumber() {
    assertEquals(42L, AttributeValueJson.plainNumber("42"));
    assertEquals(-7L, AttributeValueJson.plainNumber("-7"));
    assertEquals(100L, AttributeValueJson.plainNumber("1E+2"));
    assertEquals(new BigInteger("123456789012345678901234"),
        AttributeValueJson.plainNumber("123456789012345678901234"));
    assertEquals(0.25, AttributeValueJson.plainNumber("0.25"));
    assertEquals(new BigDecimal("0.12345678901234567890123"),
        AttributeValueJson.plainNumber("0.12345678901234567890123"));
  }

  @Test
  void canonicalKeysTreatEqualNumbersAndAnyNameOrderAlike() {
    Map<String, AttributeValue> a = Map.of("pk", AttributeValue.fromS("x"),
        "sk", AttributeValue.fromN("1"));
    Map<String, AttributeValue> b = new java.util.LinkedHashMap<>();
    b.put("sk", AttributeValue.fromN("1.00"));
    b.put("pk", AttributeValue.fromS("x"));
    assertEquals(AttributeValueJson.canonicalKey(a), AttributeValueJson.canonicalKey(b));
    assertNotEquals(AttributeValueJson.canonicalKey(Map.of("a", AttributeValue.fromS("1"))),
        AttributeValueJson.canonicalKey(Map.of("a", AttributeValue.fromN("1"))));
    assertNotEquals(AttributeValueJson.canonicalKey(Map.of("ab", AttributeValue.fromS("c"))),
        AttributeValueJson.canonicalKey(Map.of("a", AttributeValue.fromS("bc"))));
  }

  @Test
  void typedJsonSurvivesARoundTrip() {
    Map<String, Object> typed = doc("""
        {"s":{"S":"x"},"n":{"N":"1.5"},"b":{"B":"AAE="},"ss":{"SS":["a"]},"ns":{"NS":["2"]},
         "bs":{"BS":["AQ=="]},"l":{"L":[{"BOOL":false},{"NULL":true}]},"m":{"M":{"k":{"S":"v"}}}}""");
    Map<String, AttributeValue> values = AttributeValueJson.fromTypedMap(typed, "item");
    assertEquals(typed, AttributeValueJson.toTypedMap(values));
  }

  @Test
  void badTypedJsonNamesTheOffendingPath() {
    DataSourceException error = assertThrows(DataSourceException.class, () ->
        AttributeValueJson.fromTypedMap(doc("{\"a\":{\"M\":{\"b\":{\"L\":[{\"N\":\"x\"}]}}}}"), "key"));
    assertEquals("MappingTemplate", error.errorType());
    assertEquals("key.a.M.b.L[0].N is not a valid number: 'x'", error.getMessage());
  }

  @Test
  void tokensOpenOnlyForTheBindingThatSealedThem() {
    PageTokens tokens = new PageTokens("0123456789abcdef-secret");
    TokenBinding binding = new TokenBinding("Query.list", "Query", "t", null);
    Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("42"));
    String token = tokens.encode(key, binding);

    assertEquals(key, tokens.decode(token, binding));
    assertThrows(DataSourceException.class,
        () -> tokens.decode(token, new TokenBinding("Query.other", "Query", "t", null)));
    assertThrows(DataSourceException.class,
        () -> new PageTokens("another-secret-value").decode(token, binding));
  }
}
