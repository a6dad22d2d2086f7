package io.tributary.resolver.js.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** util.transform.toDynamoDBFilterExpression / toDynamoDBConditionExpression, one case per operator. */
class TransformExpressionShimTest {
  @TempDir static Path modules;
  private static ShimHarness js;

  @BeforeAll
  static void load() {
    js = new ShimHarness(modules);
  }

  @AfterAll
  static void close() {
    js.close();
  }

  private static String filter(String filterObject) {
    return "JSON.parse(transform.toDynamoDBFilterExpression(" + filterObject + "))";
  }

  /** An empty `values` means the expression needs none, and then the key is absent (DynamoDB rejects {}). */
  private static void assertFilter(String expression, String names, String values, String filterObject) {
    String valuesPart = values.equals("{}") ? "" : ",\"expressionValues\":" + values;
    js.assertProduces("{\"expression\":\"" + expression + "\",\"expressionNames\":" + names + valuesPart + "}",
        filter(filterObject));
  }

  @Test
  void appSyncDocExampleContainsProducesTheDocumentedOutput() {
    assertFilter("contains(#title, :title_contains)", "{\"#title\":\"title\"}",
        "{\":title_contains\":{\"S\":\"Hello World\"}}", "{title: {contains: 'Hello World'}}");
  }

  @Test
  void filterExpressionIsReturnedAsJsonTextLikeAppSync() {
    assertEquals("\"string\"", js.json("typeof transform.toDynamoDBFilterExpression({a: {eq: 1}})"));
  }

  @Test
  void comparisonOperatorsUseDynamoDbSymbols() {
    assertFilter("(#a = :a_eq) AND (#b <> :b_ne) AND (#c < :c_lt) AND (#d <= :d_le) AND (#e > :e_gt) AND (#f >= :f_ge)",
        "{\"#a\":\"a\",\"#b\":\"b\",\"#c\":\"c\",\"#d\":\"d\",\"#e\":\"e\",\"#f\":\"f\"}",
        "{\":a_eq\":{\"S\":\"x\"},\":b_ne\":{\"BOOL\":true},\":c_lt\":{\"N\":\"1\"},\":d_le\":{\"N\":\"2\"},"
            + "\":e_gt\":{\"N\":\"3\"},\":f_ge\":{\"N\":\"4.5\"}}",
        "{a: {eq: 'x'}, b: {ne: true}, c: {lt: 1}, d: {le: 2}, e: {gt: 3}, f: {ge: 4.5}}");
  }

  @Test
  void betweenUsesTwoPlaceholders() {
    assertFilter("#age BETWEEN :age_between_0 AND :age_between_1", "{\"#age\":\"age\"}",
        "{\":age_between_0\":{\"N\":\"18\"},\":age_between_1\":{\"N\":\"65\"}}", "{age: {between: [18, 65]}}");
  }

  @Test
  void beginsWithContainsAndNotContainsAreFunctions() {
    assertFilter("(begins_with(#sk, :sk_beginsWith)) AND ((contains(#tags, :tags_contains)) AND "
            + "(NOT contains(#tags, :tags_notContains)))", "{\"#sk\":\"sk\",\"#tags\":\"tags\"}",
        "{\":sk_beginsWith\":{\"S\":\"2024-\"},\":tags_contains\":{\"S\":\"a\"},\":tags_notContains\":{\"S\":\"b\"}}",
        "{sk: {beginsWith: '2024-'}, tags: {contains: 'a', notContains: 'b'}}");
  }

  @Test
  void attributeExistsTrueAndFalseNeedNoValues() {
    assertFilter("(attribute_exists(#id)) AND (attribute_not_exists(#deleted))",
        "{\"#id\":\"id\",\"#deleted\":\"deleted\"}", "{}",
        "{id: {attributeExists: true}, deleted: {attributeExists: false}}");
  }

  @Test
  void attributeTypeMapsAppSyncNamesToDynamoDbTypeCodes() {
    assertFilter("(attribute_type(#a, :a_attributeType)) AND (attribute_type(#b, :b_attributeType)) AND "
            + "(attribute_type(#c, :c_attributeType))", "{\"#a\":\"a\",\"#b\":\"b\",\"#c\":\"c\"}",
        "{\":a_attributeType\":{\"S\":\"SS\"},\":b_attributeType\":{\"S\":\"NULL\"},\":c_attributeType\":{\"S\":\"M\"}}",
        "{a: {attributeType: 'stringSet'}, b: {attributeType: '_null'}, c: {attributeType: 'map'}}");
  }

  @Test
  void sizeAppliesComparisonsToTheAttributeSize() {
    assertFilter("(size(#name) > :name_size_gt) AND (size(#name) BETWEEN :name_size_between_0 AND :name_size_between_1)",
        "{\"#name\":\"name\"}",
        "{\":name_size_gt\":{\"N\":\"3\"},\":name_size_between_0\":{\"N\":\"1\"},\":name_size_between_1\":{\"N\":\"9\"}}",
        "{name: {size: {gt: 3, between: [1, 9]}}}");
  }

  @Test
  void inListsOnePlaceholderPerValue() {
    assertFilter("#status IN (:status_in_0, :status_in_1)", "{\"#status\":\"status\"}",
        "{\":status_in_0\":{\"S\":\"OPEN\"},\":status_in_1\":{\"S\":\"DONE\"}}", "{status: {in: ['OPEN', 'DONE']}}");
  }

  @Test
  void andOrNotNestWithPathPrefixedPlaceholders() {
    assertFilter("((#a = :or_0_a_eq) OR ((#b > :or_1_and_0_b_gt) AND (#b < :or_1_and_1_b_lt))) AND "
            + "(NOT (#c = :not_c_eq))", "{\"#a\":\"a\",\"#b\":\"b\",\"#c\":\"c\"}",
        "{\":or_0_a_eq\":{\"N\":\"1\"},\":or_1_and_0_b_gt\":{\"N\":\"2\"},\":or_1_and_1_b_lt\":{\"N\":\"9\"},"
            + "\":not_c_eq\":{\"S\":\"x\"}}",
        "{or: [{a: {eq: 1}}, {and: [{b: {gt: 2}}, {b: {lt: 9}}]}], not: {c: {eq: 'x'}}}");
  }

  @Test
  void nestedMapFieldsBecomeDocumentPaths() {
    assertFilter("#address.#city = :address_city_eq", "{\"#address\":\"address\",\"#city\":\"city\"}",
        "{\":address_city_eq\":{\"S\":\"Oslo\"}}", "{address: {city: {eq: 'Oslo'}}}");
  }

  @Test
  void attributeNamesWithSymbolsAreSanitisedIntoPlaceholders() {
    assertFilter("#first_name = :first_name_eq", "{\"#first_name\":\"first-name\"}",
        "{\":first_name_eq\":{\"S\":\"Ann\"}}", "{'first-name': {eq: 'Ann'}}");
  }

  @Test
  void placeholdersThatSanitiseAlikeGetDistinctSuffixes() {
    assertFilter("(#a_b = :a_b_eq) AND (#a_b_1 = :a_b_eq_1)", "{\"#a_b\":\"a-b\",\"#a_b_1\":\"a.b\"}",
        "{\":a_b_eq\":{\"N\":\"1\"},\":a_b_eq_1\":{\"N\":\"2\"}}", "{'a-b': {eq: 1}, 'a.b': {eq: 2}}");
  }

  @Test
  void nullOperatorsAreSkippedAndAnEmptyFilterIsNull() {
    assertFilter("#a = :a_eq", "{\"#a\":\"a\"}", "{\":a_eq\":{\"N\":\"1\"}}", "{a: {eq: 1, ne: null}, b: null}");
    assertEquals("null", js.json("transform.toDynamoDBFilterExpression({})"));
  }

  @Test
  void filterGivenAsJsonTextIsParsedFirst() {
    assertFilter("#a = :a_eq", "{\"#a\":\"a\"}", "{\":a_eq\":{\"N\":\"1\"}}", "'{\"a\":{\"eq\":1}}'");
  }

  @Test
  void conditionExpressionUsesTheSameSyntax() {
    js.assertProduces("""
        {"expression":"(attribute_exists(#id)) AND (#version = :version_eq)",
         "expressionNames":{"#id":"id","#version":"version"},"expressionValues":{":version_eq":{"N":"3"}}}""",
        "JSON.parse(transform.toDynamoDBConditionExpression({id: {attributeExists: true}, version: {eq: 3}}))");
  }

  @Test
  void malformedFiltersGetClearErrors() {
    assertTrue(js.errorOf("transform.toDynamoDBFilterExpression({a: 1})").contains("must be an object of operators"));
    assertTrue(js.errorOf("transform.toDynamoDBFilterExpression({a: {eq: 1, eqq: 2}})")
        .contains("unknown operator 'eqq' on 'a'"));
    assertTrue(js.errorOf("transform.toDynamoDBFilterExpression({a: {between: [1]}})").contains("exactly two"));
    assertTrue(js.errorOf("transform.toDynamoDBFilterExpression({a: {in: []}})").contains("non-empty array"));
    assertTrue(js.errorOf("transform.toDynamoDBFilterExpression({a: {attributeType: 'x'}})")
        .contains("unknown attributeType"));
    assertTrue(js.errorOf("transform.toDynamoDBFilterExpression({a: {size: {beginsWith: 'x'}}})")
        .contains("'size' does not support 'beginsWith'"));
    assertTrue(js.errorOf("transform.toDynamoDBFilterExpression('{oops')").contains("not valid JSON"));
  }
}
