package io.tributary.resolver.js.shim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ddb.update and every ddb.operations helper, as UpdateItem request documents. */
class DynamodbUpdateShimTest {
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

  /** Asserts the `update` part of ddb.update({key: {id: '1'}, update: <updateObject>}). */
  private static void assertUpdate(String expression, String names, String values, String updateObject) {
    String valuesPart = values.equals("{}") ? "" : ",\"expressionValues\":" + values;
    js.assertProduces("{\"operation\":\"UpdateItem\",\"key\":{\"id\":{\"S\":\"1\"}},\"update\":{\"expression\":\""
            + expression + "\",\"expressionNames\":" + names + valuesPart + "}}",
        "ddb.update({key: {id: '1'}, update: " + updateObject + "})");
  }

  @Test
  void plainValuesBecomeSetActions() {
    assertUpdate("SET #name = :name_set, #age = :age_set, #tags = :tags_set, #gone = :gone_set",
        "{\"#name\":\"name\",\"#age\":\"age\",\"#tags\":\"tags\",\"#gone\":\"gone\"}",
        "{\":name_set\":{\"S\":\"Ann\"},\":age_set\":{\"N\":\"30\"},\":tags_set\":{\"L\":[{\"S\":\"a\"}]},"
            + "\":gone_set\":{\"NULL\":true}}",
        "{name: 'Ann', age: 30, tags: ['a'], gone: null, skipped: undefined}");
  }

  @Test
  void nestedPlainObjectsUpdateOnlyTheNamedKeys() {
    assertUpdate("SET #address.#city = :address_city_set, #address.#zip = :address_zip_set",
        "{\"#address\":\"address\",\"#city\":\"city\",\"#zip\":\"zip\"}",
        "{\":address_city_set\":{\"S\":\"Oslo\"},\":address_zip_set\":{\"S\":\"0150\"}}",
        "{address: {city: 'Oslo', zip: '0150'}}");
  }

  @Test
  void replaceSwapsTheWholeSubObject() {
    assertUpdate("SET #address = :address_replace", "{\"#address\":\"address\"}",
        "{\":address_replace\":{\"M\":{\"city\":{\"S\":\"Oslo\"}}}}",
        "{address: ddb.operations.replace({city: 'Oslo'})}");
  }

  @Test
  void addSetsANewAttributeButAddsToNumbersAndSets() {
    assertUpdate("SET #address = :address_add ADD #score :score_add, #tags :tags_add",
        "{\"#address\":\"address\",\"#score\":\"score\",\"#tags\":\"tags\"}",
        "{\":address_add\":{\"M\":{\"zip\":{\"S\":\"1\"}}},\":score_add\":{\"N\":\"5\"},"
            + "\":tags_add\":{\"SS\":[\"x\",\"y\"]}}",
        "{address: ddb.operations.add({zip: '1'}), score: ddb.operations.add(5),"
            + " tags: ddb.operations.add(ddb.toStringSet(['x', 'y']))}");
  }

  @Test
  void removeBecomesARemoveAction() {
    assertUpdate("REMOVE #nickname, #address.#street2", "{\"#nickname\":\"nickname\",\"#address\":\"address\","
            + "\"#street2\":\"street2\"}", "{}",
        "{nickname: ddb.operations.remove(), address: {street2: ddb.operations.remove()}}");
  }

  @Test
  void incrementAndDecrementAddSignedAmountsDefaultingToOne() {
    assertUpdate("ADD #views :views_increment, #likes :likes_increment, #stock :stock_decrement, "
            + "#credits :credits_decrement",
        "{\"#views\":\"views\",\"#likes\":\"likes\",\"#stock\":\"stock\",\"#credits\":\"credits\"}",
        "{\":views_increment\":{\"N\":\"1\"},\":likes_increment\":{\"N\":\"10\"},\":stock_decrement\":{\"N\":\"-1\"},"
            + "\":credits_decrement\":{\"N\":\"-2.5\"}}",
        "{views: ddb.operations.increment(), likes: ddb.operations.increment(10), stock: ddb.operations.decrement(),"
            + " credits: ddb.operations.decrement(2.5)}");
  }

  @Test
  void appendAndPrependUseListAppendOnAListThatMayNotExistYet() {
    assertUpdate("SET #friends = list_append(if_not_exists(#friends, :friends_emptyList), :friends_append), "
            + "#recent = list_append(:recent_prepend, if_not_exists(#recent, :recent_emptyList))",
        "{\"#friends\":\"friends\",\"#recent\":\"recent\"}",
        "{\":friends_emptyList\":{\"L\":[]},\":friends_append\":{\"L\":[{\"N\":\"101\"},{\"N\":\"104\"}]},"
            + "\":recent_prepend\":{\"L\":[{\"S\":\"a\"}]},\":recent_emptyList\":{\"L\":[]}}",
        "{friends: ddb.operations.append([101, 104]), recent: ddb.operations.prepend(['a'])}");
  }

  @Test
  void updateListItemSetsIndexedElements() {
    assertUpdate("SET #friendsIds[1] = :friendsIds_1_item, #friendsIds[2] = :friendsIds_2_item",
        "{\"#friendsIds\":\"friendsIds\"}", "{\":friendsIds_1_item\":{\"S\":\"102\"},\":friendsIds_2_item\":{\"S\":\"112\"}}",
        "{friendsIds: [ddb.operations.updateListItem('102', 1), ddb.operations.updateListItem('112', 2)]}");
  }

  @Test
  void allClausesCombineIntoOneExpressionInSetRemoveAddOrder() {
    js.assertProduces("""
        {"operation":"UpdateItem","key":{"id":{"N":"7"}},
         "update":{"expression":"SET #name = :name_set REMOVE #old ADD #count :count_increment",
                   "expressionNames":{"#count":"count","#name":"name","#old":"old"},
                   "expressionValues":{":count_increment":{"N":"1"},":name_set":{"S":"n"}}},
         "condition":{"expression":"attribute_exists(#id)","expressionNames":{"#id":"id"}},
         "_version":3}""",
        "ddb.update({key: {id: 7}, update: {count: ddb.operations.increment(), name: 'n', old: ddb.operations.remove()},"
            + " condition: {id: {attributeExists: true}}, _version: 3})");
  }

  @Test
  void typedSetValuesAreSetWholeInsteadOfTreatedAsNestedMaps() {
    assertUpdate("SET #tags = :tags_set", "{\"#tags\":\"tags\"}", "{\":tags_set\":{\"NS\":[\"1\",\"2\"]}}",
        "{tags: ddb.toNumberSet([1, 2])}");
  }

  @Test
  void keyFieldsRepeatedInTheUpdateAreLeftOut() {
    assertUpdate("SET #title = :title_set", "{\"#title\":\"title\"}", "{\":title_set\":{\"S\":\"T\"}}",
        "{id: '1', title: 'T'}");
  }

  @Test
  void operationsAreInspectableValues() {
    js.assertProduces("""
        [{"_type":"add","value":1},{"_type":"remove"},{"_type":"replace","value":"x"},{"_type":"increment","by":1},
         {"_type":"decrement","by":2},{"_type":"append","items":[1]},{"_type":"prepend","items":[2]},
         {"_type":"updateListItem","value":"v","index":0}]""",
        "[ddb.operations.add(1), ddb.operations.remove(), ddb.operations.replace('x'), ddb.operations.increment(),"
            + " ddb.operations.decrement(2), ddb.operations.append([1]), ddb.operations.prepend([2]),"
            + " ddb.operations.updateListItem('v', 0)]");
  }

  @Test
  void invalidUpdatesGetClearErrors() {
    assertTrue(js.errorOf("ddb.update({key: {id: 1}, update: {}})").contains("at least one attribute"));
    assertTrue(js.errorOf("ddb.update({key: {id: 1}})").contains("update must be an object"));
    assertTrue(js.errorOf("ddb.operations.increment('5')").contains("finite number"));
    assertTrue(js.errorOf("ddb.operations.append('x')").contains("expects an array"));
    assertTrue(js.errorOf("ddb.operations.updateListItem('x', -1)").contains("non-negative integer"));
  }
}
