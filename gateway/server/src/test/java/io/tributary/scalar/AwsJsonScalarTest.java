package io.tributary.scalar;

import static io.tributary.scalar.EchoSchema.accepted;
import static io.tributary.scalar.EchoSchema.fieldError;
import static io.tributary.scalar.EchoSchema.rejected;
import static io.tributary.scalar.TemporalScalarTest.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.ExecutionResult;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwsJsonScalarTest {
  private final EchoSchema engine = new EchoSchema();

  /** Input JSON text, then the JSON text the echo field writes back after parsing it. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"upvotes\": 10}                     | {\"upvotes\":10}",
      "[1,2,3]                               | [1,2,3]",
      "1                                     | 1",
      "true                                  | true",
      "-0.5e3                                | -500.0",
      "{\"a\":{\"b\":[null,false,\"x\\u0041\"]}} | {\"a\":{\"b\":[null,false,\"xA\"]}}",
      "` {\"spaced\" : 1} `                    | {\"spaced\":1}"})
  void validJsonTextIsAcceptedAsVariableAndLiteral(String json, String written) {
    assertEquals(written, accepted(engine.variable("AWSJSON", json)));
    assertEquals(written, accepted(engine.literal("AWSJSON", graphqlString(json))));
  }

  /**
   * A parsed JSON string reaches the resolver as a Java String; a String result is read as JSON
   * text, so a resolver that wants to return the JSON string "str" returns the text "\"str\"".
   */
  @Test
  void jsonStringValuesArriveAsJavaStringsAndStringResultsAreJsonText() {
    ExecutionResult parsed = engine.run("query($v: AWSJSON) { kindOf(v: $v) }", Map.of("v", "\"str\""));
    assertEquals("String", accepted(parsed));
    assertEquals("\"str\"", accepted(engine.emit("AWSJSON", "\"str\"")));
    assertMentions(fieldError(engine.variable("AWSJSON", "\"str\"")),
        "Invalid AWSJSON value: 'str' (not valid JSON");
  }

  @Test
  void jsonNullIsAcceptedAndReachesTheResolverAsNull() {
    assertEquals(null, accepted(engine.variable("AWSJSON", "null")));
    assertEquals("null", kindOfLiteral("\"null\""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{a: 1}                  | was expecting double-quote to start field name",
      "{'a': 1}                | was expecting double-quote to start field name",
      "Unquoted string         | Unrecognized token 'Unquoted'",
      "{\"a\":1} trailing      | not valid JSON",
      "{\"a\":1}{\"b\":2}      | not valid JSON",
      "[1,2,]                  | not valid JSON",
      "NaN                     | not valid JSON",
      "01                      | not valid JSON",
      "{\"a\":1 /* c */}       | not valid JSON",
      "''                      | not valid JSON"})
  void invalidJsonTextIsRejectedNamingTheValue(String json, String reason) {
    String expected = "Invalid AWSJSON value: '" + json + "' (";
    assertMentions(rejected(engine.variable("AWSJSON", json)), expected, reason);
    assertMentions(rejected(engine.literal("AWSJSON", graphqlString(json))), expected, reason);
  }

  @Test
  void resolversReceiveParsedMapsListsAndScalars() {
    assertEquals("LinkedHashMap", kindOf("{\"a\":1}"));
    assertEquals("ArrayList", kindOf("[1]"));
    assertEquals("String", kindOf("\"text\""));
    assertEquals("Integer", kindOf("7"));
    assertEquals("Double", kindOf("7.5"));
    assertEquals("Boolean", kindOf("false"));
  }

  @Test
  void anObjectVariableInsteadOfJsonTextIsRejected() {
    assertMentions(rejected(engine.variable("AWSJSON", Map.of("a", 1))),
        "Invalid AWSJSON value: {a=1} (expected a String holding JSON text but got");
  }

  @Test
  void aGraphqlObjectLiteralIsRejected() {
    assertMentions(rejected(engine.literal("AWSJSON", "{a: 1}")),
        "Invalid AWSJSON value: {a : 1} (expected a string literal holding JSON text)");
  }

  @Test
  void resolverResultsAreWrittenAsJsonText() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("n", 1);
    map.put("list", List.of("a", true));
    map.put("nested", new JsonObject().put("x", new JsonArray().add(2)));
    assertEquals("{\"n\":1,\"list\":[\"a\",true],\"nested\":{\"x\":[2]}}", accepted(engine.emit("AWSJSON", map)));
    assertEquals("[1,2]", accepted(engine.emit("AWSJSON", List.of(1, 2))));
    assertEquals("3", accepted(engine.emit("AWSJSON", 3)));
    assertEquals("{\"a\":1}", accepted(engine.emit("AWSJSON", new JsonObject().put("a", 1))));
  }

  @Test
  void aStringResultIsPassedThroughWhenItIsJsonTextAndRejectedOtherwise() {
    assertEquals("{\"kept\": true}", accepted(engine.emit("AWSJSON", "{\"kept\": true}")));
    assertMentions(fieldError(engine.emit("AWSJSON", "not json")),
        "Invalid AWSJSON value: 'not json' (not valid JSON");
  }

  private String kindOf(String json) {
    ExecutionResult result = engine.run("query($v: AWSJSON) { kindOf(v: $v) }", Map.of("v", json));
    return (String) accepted(result);
  }

  private String kindOfLiteral(String literal) {
    return (String) accepted(engine.run("{ kindOf(v: " + literal + ") }", Map.of()));
  }

  private static String graphqlString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
