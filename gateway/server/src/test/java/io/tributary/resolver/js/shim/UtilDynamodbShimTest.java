package io.tributary.resolver.js.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UtilDynamodbShimTest {
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

  @Test
  void toDynamoDbTypesScalarsWithNumbersAsStrings() {
    js.assertProduces("""
        [{"S":"x"},{"N":"1"},{"N":"1.5"},{"N":"-3"},{"BOOL":true},{"NULL":true},{"NULL":true}]""",
        "[dynamodb.toDynamoDB('x'), dynamodb.toDynamoDB(1), dynamodb.toDynamoDB(1.5), dynamodb.toDynamoDB(-3),"
            + " dynamodb.toDynamoDB(true), dynamodb.toDynamoDB(null), dynamodb.toDynamoDB(undefined)]");
  }

  @Test
  void toDynamoDbTypesNestedListsAndMapsAndTreatsSetsAsLists() {
    js.assertProduces("""
        {"M":{"name":{"S":"a"},"tags":{"L":[{"S":"t"},{"N":"2"}]},"inner":{"M":{"ok":{"BOOL":false}}},
              "set":{"L":[{"S":"u"}]}}}""",
        "dynamodb.toDynamoDB({name: 'a', tags: ['t', 2], inner: {ok: false}, skipped: undefined,"
            + " set: new Set(['u'])})");
  }

  @Test
  void toMapValuesIsNotWrappedInM() {
    js.assertProduces("""
        {"id":{"S":"1"},"count":{"N":"3"},"meta":{"M":{"a":{"NULL":true}}}}""",
        "dynamodb.toMapValues({id: '1', count: 3, meta: {a: null}})");
  }

  @Test
  void explicitTypeConvertersProduceTheirAttributeType() {
    js.assertProduces("""
        [{"S":"s"},{"SS":["a","b"]},{"N":"7"},{"NS":["1","2.5"]},{"B":"AQID"},{"BS":["AQ==","Ag=="]},
         {"BOOL":false},{"NULL":true},{"L":[{"S":"a"},{"N":"1"}]},{"M":{"k":{"S":"v"}}}]""",
        "[dynamodb.toString('s'), dynamodb.toStringSet(['a', 'b']), dynamodb.toNumber(7),"
            + " dynamodb.toNumberSet([1, 2.5]), dynamodb.toBinary('AQID'), dynamodb.toBinarySet(['AQ==', 'Ag==']),"
            + " dynamodb.toBoolean(false), dynamodb.toNull(), dynamodb.toList(['a', 1]), dynamodb.toMap({k: 'v'})]");
  }

  @Test
  void explicitConvertersReturnNullForAbsentInput() {
    js.assertProduces("[null,null,null,null,null]",
        "[dynamodb.toString(null), dynamodb.toNumber(undefined), dynamodb.toStringSet(null),"
            + " dynamodb.toList(null), dynamodb.toMap(null)]");
  }

  @Test
  void jsonVariantsReturnJsonText() {
    js.assertProduces("""
        ["{\\"S\\":\\"x\\"}","{\\"id\\":{\\"N\\":\\"1\\"}}","{\\"SS\\":[\\"a\\"]}","{\\"NULL\\":true}"]""",
        "[dynamodb.toDynamoDBJson('x'), dynamodb.toMapValuesJson({id: 1}), dynamodb.toStringSetJson(['a']),"
            + " dynamodb.toNullJson()]");
  }

  @Test
  void toS3ObjectStoresTheReferenceAsJsonInsideS() {
    js.assertProduces("""
        [{"S":"{\\"s3\\":{\\"key\\":\\"k\\",\\"bucket\\":\\"b\\",\\"region\\":\\"r\\"}}"},
         {"S":"{\\"s3\\":{\\"key\\":\\"k\\",\\"bucket\\":\\"b\\",\\"region\\":\\"r\\",\\"version\\":\\"v1\\"}}"}]""",
        "[dynamodb.toS3Object('k', 'b', 'r'), dynamodb.toS3Object('k', 'b', 'r', 'v1')]");
  }

  @Test
  void fromS3ObjectJsonReadsBackKeyBucketRegionAndVersion() {
    js.assertProduces("""
        [{"key":"k","bucket":"b","region":"r","version":"v1"},{"key":"k","bucket":"b","region":"r"}]""",
        "[dynamodb.fromS3ObjectJson(JSON.parse(dynamodb.toS3ObjectJson('k', 'b', 'r', 'v1')).S),"
            + " dynamodb.fromS3ObjectJson(dynamodb.toS3ObjectJson('k', 'b', 'r'))]");
  }

  @Test
  void badInputGetsAClearError() {
    assertTrue(js.errorOf("dynamodb.toDynamoDB(() => 1)").contains("cannot convert a function"));
    assertTrue(js.errorOf("dynamodb.toNumber(NaN)").contains("finite number"));
    assertTrue(js.errorOf("dynamodb.toStringSet('a')").contains("toStringSet expects an array"));
    assertTrue(js.errorOf("dynamodb.toMapValues([1])").contains("toMapValues expects an object"));
  }

  @Test
  void utilObjectIsFrozen() {
    assertEquals("true", js.json("Object.isFrozen(dynamodb)"));
  }
}
