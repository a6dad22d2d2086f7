package io.tributary.resolver.js.shim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** '@aws-appsync/utils/dynamodb' builders produce exactly AppSync's DynamoDB request documents. */
class DynamodbRequestShimTest {
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
  void getBuildsGetItemWithTypedKeyOnly() {
    js.assertProduces("""
        {"operation":"GetItem","key":{"id":{"S":"1"}}}""", "ddb.get({key: {id: '1'}})");
  }

  @Test
  void getCarriesConsistentReadAndProjection() {
    js.assertProduces("""
        {"operation":"GetItem","key":{"pk":{"S":"a"},"sk":{"N":"2"}},"consistentRead":true,
         "projection":{"expression":"#name, #address.#city, #tags[0]",
                       "expressionNames":{"#name":"name","#address":"address","#city":"city","#tags":"tags"}}}""",
        "ddb.get({key: {pk: 'a', sk: 2}, consistentRead: true, projection: ['name', 'address.city', 'tags[0]']})");
  }

  @Test
  void projectionNamesThatSanitiseAlikeStayDistinct() {
    js.assertProduces("""
        {"expression":"#a_b, #a_b_1","expressionNames":{"#a_b":"a-b","#a_b_1":"a_b"}}""",
        "ddb.get({key: {id: 1}, projection: ['a-b', 'a_b']}).projection");
  }

  @Test
  void anAttributeNamedProtoStaysAnAttribute() {
    js.assertProduces("""
        {"operation":"PutItem","key":{"id":{"S":"1"}},"attributeValues":{"__proto__":{"S":"x"}}}""",
        "ddb.put({key: {id: '1'}, item: JSON.parse('{\"__proto__\":\"x\"}')})");
  }

  @Test
  void putTurnsItemIntoAttributeValuesWithCondition() {
    js.assertProduces("""
        {"operation":"PutItem","key":{"id":{"S":"t1"}},
         "attributeValues":{"title":{"S":"New"},"done":{"BOOL":false},"tags":{"SS":["a"]},"n":{"N":"1"}},
         "condition":{"expression":"attribute_not_exists(#id)","expressionNames":{"#id":"id"}},
         "_version":2,"customPartitionKey":"cpk","populateIndexFields":true}""",
        "ddb.put({key: {id: 't1'}, item: {title: 'New', done: false, tags: ddb.toStringSet(['a']), n: 1},"
            + " condition: {id: {attributeExists: false}}, _version: 2, customPartitionKey: 'cpk',"
            + " populateIndexFields: true})");
  }

  @Test
  void removeBuildsDeleteItemWithOwnerCondition() {
    js.assertProduces("""
        {"operation":"DeleteItem","key":{"id":{"S":"t1"}},
         "condition":{"expression":"#owner = :owner_eq","expressionNames":{"#owner":"owner"},
                      "expressionValues":{":owner_eq":{"S":"me"}}}}""",
        "ddb.remove({key: {id: 't1'}, condition: {owner: {eq: 'me'}}})");
  }

  @Test
  void prebuiltConditionObjectsPassThroughUnchanged() {
    js.assertProduces("""
        {"operation":"DeleteItem","key":{"id":{"S":"t1"}},
         "condition":{"expression":"attribute_exists(id)","equalsIgnore":["updatedAt"]}}""",
        "ddb.remove({key: {id: 't1'}, condition: {expression: 'attribute_exists(id)', equalsIgnore: ['updatedAt']}})");
  }

  @Test
  void queryBuildsKeyConditionAndCarriesEveryOption() {
    js.assertProduces("""
        {"operation":"Query",
         "query":{"expression":"#ownerId = :ownerId_eq AND begins_with(#createdAt, :createdAt_beginsWith)",
                  "expressionNames":{"#ownerId":"ownerId","#createdAt":"createdAt"},
                  "expressionValues":{":ownerId_eq":{"S":"u1"},":createdAt_beginsWith":{"S":"2024"}}},
         "index":"owner-index","nextToken":"tok","limit":10,"scanIndexForward":false,"consistentRead":false,
         "select":"ALL_PROJECTED_ATTRIBUTES",
         "filter":{"expression":"#done = :done_eq","expressionNames":{"#done":"done"},
                   "expressionValues":{":done_eq":{"BOOL":false}}},
         "projection":{"expression":"#id","expressionNames":{"#id":"id"}}}""",
        "ddb.query({query: {ownerId: {eq: 'u1'}, createdAt: {beginsWith: '2024'}}, index: 'owner-index',"
            + " nextToken: 'tok', limit: 10, scanIndexForward: false, consistentRead: false,"
            + " select: 'ALL_PROJECTED_ATTRIBUTES', filter: {done: {eq: false}}, projection: ['id']})");
  }

  @Test
  void querySortKeyOperators() {
    js.assertProduces("""
        [{"expression":"#pk = :pk_eq AND #sk BETWEEN :sk_between_0 AND :sk_between_1",
          "expressionNames":{"#pk":"pk","#sk":"sk"},
          "expressionValues":{":pk_eq":{"S":"p"},":sk_between_0":{"N":"1"},":sk_between_1":{"N":"9"}}},
         {"expression":"#pk = :pk_eq AND #sk < :sk_lt","expressionNames":{"#pk":"pk","#sk":"sk"},
          "expressionValues":{":pk_eq":{"S":"p"},":sk_lt":{"N":"5"}}},
         {"expression":"#pk = :pk_eq AND #sk <= :sk_le","expressionNames":{"#pk":"pk","#sk":"sk"},
          "expressionValues":{":pk_eq":{"S":"p"},":sk_le":{"N":"5"}}},
         {"expression":"#pk = :pk_eq AND #sk > :sk_gt","expressionNames":{"#pk":"pk","#sk":"sk"},
          "expressionValues":{":pk_eq":{"S":"p"},":sk_gt":{"N":"5"}}},
         {"expression":"#pk = :pk_eq AND #sk >= :sk_ge","expressionNames":{"#pk":"pk","#sk":"sk"},
          "expressionValues":{":pk_eq":{"S":"p"},":sk_ge":{"N":"5"}}}]""",
        "['between', 'lt', 'le', 'gt', 'ge'].map((op) => ddb.query({query: {pk: {eq: 'p'},"
            + " sk: op === 'between' ? {between: [1, 9]} : {[op]: 5}}}).query)");
  }

  @Test
  void scanCarriesSegmentsAndFilter() {
    js.assertProduces("""
        {"operation":"Scan","index":"gsi","limit":50,"consistentRead":true,"nextToken":"n","totalSegments":4,
         "segment":1,"select":"ALL_ATTRIBUTES",
         "filter":{"expression":"#age > :age_gt","expressionNames":{"#age":"age"},
                   "expressionValues":{":age_gt":{"N":"21"}}}}""",
        "ddb.scan({index: 'gsi', limit: 50, consistentRead: true, nextToken: 'n', totalSegments: 4, segment: 1,"
            + " select: 'ALL_ATTRIBUTES', filter: {age: {gt: 21}}, scanIndexForward: true})");
    js.assertProduces("{\"operation\":\"Scan\"}", "ddb.scan()");
  }

  @Test
  void syncCarriesDeltaSyncOptions() {
    js.assertProduces("""
        {"operation":"Sync","basePartitionKey":"Base::","deltaIndexName":"deltaIndex","limit":100,"nextToken":"t",
         "lastSync":1550000000000,
         "filter":{"expression":"#owner = :owner_eq","expressionNames":{"#owner":"owner"},
                   "expressionValues":{":owner_eq":{"S":"me"}}}}""",
        "ddb.sync({basePartitionKey: 'Base::', deltaIndexName: 'deltaIndex', limit: 100, nextToken: 't',"
            + " lastSync: 1550000000000, filter: {owner: {eq: 'me'}}})");
  }

  @Test
  void batchGetTypesEveryKeyPerTable() {
    js.assertProduces("""
        {"operation":"BatchGetItem","tables":{
          "authors":{"keys":[{"id":{"S":"a1"}},{"id":{"S":"a2"}}],"consistentRead":true},
          "posts":{"keys":[{"id":{"N":"1"}}],"projection":{"expression":"#title","expressionNames":{"#title":"title"}}}}}""",
        "ddb.batchGet({tables: {authors: {keys: [{id: 'a1'}, {id: 'a2'}], consistentRead: true},"
            + " posts: {keys: [{id: 1}], projection: ['title']}}})");
  }

  @Test
  void batchPutAndBatchDeleteTypeItemsAndKeys() {
    js.assertProduces("""
        {"operation":"BatchPutItem","tables":{"posts":[{"id":{"S":"p1"},"n":{"N":"1"}},{"id":{"S":"p2"}}]}}""",
        "ddb.batchPut({tables: {posts: [{id: 'p1', n: 1}, {id: 'p2'}]}})");
    js.assertProduces("""
        {"operation":"BatchDeleteItem","tables":{"posts":[{"id":{"S":"p1"}}],"authors":[{"id":{"S":"a1"}}]}}""",
        "ddb.batchDelete({tables: {posts: [{id: 'p1'}], authors: [{id: 'a1'}]}})");
  }

  @Test
  void transactGetListsTableKeyAndProjection() {
    js.assertProduces("""
        {"operation":"TransactGetItems","transactItems":[
          {"table":"posts","key":{"id":{"S":"p1"}}},
          {"table":"authors","key":{"id":{"S":"a1"}},"projection":{"expression":"#name","expressionNames":{"#name":"name"}}}]}""",
        "ddb.transactGet({items: [{table: 'posts', key: {id: 'p1'}},"
            + " {table: 'authors', key: {id: 'a1'}, projection: ['name']}]})");
  }

  @Test
  void transactWriteMapsEachKindToItsOperation() {
    js.assertProduces("""
        {"operation":"TransactWriteItems","transactItems":[
          {"table":"posts","operation":"PutItem","key":{"id":{"S":"p1"}},"attributeValues":{"title":{"S":"T"}},
           "condition":{"expression":"attribute_not_exists(#id)","expressionNames":{"#id":"id"}}},
          {"table":"authors","operation":"UpdateItem","key":{"id":{"S":"a1"}},
           "update":{"expression":"ADD #posts :posts_increment","expressionNames":{"#posts":"posts"},
                     "expressionValues":{":posts_increment":{"N":"1"}}}},
          {"table":"drafts","operation":"DeleteItem","key":{"id":{"S":"d1"}}},
          {"table":"users","operation":"ConditionCheck","key":{"id":{"S":"u1"}},
           "condition":{"expression":"#active = :active_eq","expressionNames":{"#active":"active"},
                        "expressionValues":{":active_eq":{"BOOL":true}}}}]}""",
        "ddb.transactWrite({items: ["
            + "{putItem: {table: 'posts', key: {id: 'p1'}, item: {title: 'T'}, condition: {id: {attributeExists: false}}}},"
            + "{updateItem: {table: 'authors', key: {id: 'a1'}, update: {posts: ddb.operations.increment()}}},"
            + "{deleteItem: {table: 'drafts', key: {id: 'd1'}}},"
            + "{conditionCheck: {table: 'users', key: {id: 'u1'}, condition: {active: {eq: true}}}}]})");
  }

  @Test
  void setHelpersAreExportedByTheModule() {
    js.assertProduces("""
        [{"SS":["a"]},{"NS":["1"]},{"BS":["AQ=="]}]""",
        "[ddb.toStringSet(['a']), ddb.toNumberSet([1]), ddb.toBinarySet(['AQ=='])]");
  }

  @Test
  void malformedRequestsGetClearErrors() {
    assertTrue(js.errorOf("ddb.get({})").contains("key must be an object"));
    assertTrue(js.errorOf("ddb.get()").contains("get input must be an object"));
    assertTrue(js.errorOf("ddb.query({query: {pk: {ne: 1}}})").contains("does not support 'ne'"));
    assertTrue(js.errorOf("ddb.query({query: {pk: {eq: 1, lt: 2}}})").contains("exactly one operator"));
    assertTrue(js.errorOf("ddb.get({key: {id: 1}, projection: []})").contains("non-empty array"));
    assertTrue(js.errorOf("ddb.batchGet({tables: {t: {keys: 'x'}}})").contains("must be an array"));
    assertTrue(js.errorOf("ddb.transactWrite({items: [{putItem: {key: {id: 1}}}]})").contains("needs a table name"));
    assertTrue(js.errorOf("ddb.transactWrite({items: [{bogus: {}}]})").contains("exactly one of putItem"));
    assertTrue(js.errorOf("ddb.transactWrite({items: [{conditionCheck: {table: 't', key: {id: 1}}}]})")
        .contains("needs a condition"));
  }
}
