package io.tributary.resolver.js.shim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** util.transform.toSubscriptionFilter: disjunctive normal form, ignored fields, strict rules. */
class SubscriptionFilterShimTest {
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

  private static String filter(String field, String operator, String value) {
    return "{\"fieldName\":\"" + field + "\",\"operator\":\"" + operator + "\",\"value\":" + value + "}";
  }

  private static String group(String... filters) {
    return "{\"filters\":[" + String.join(",", filters) + "]}";
  }

  private static String groups(String... groups) {
    return "{\"filterGroup\":[" + String.join(",", groups) + "]}";
  }

  @Test
  void topLevelFieldsAreAndedInOneGroup() {
    js.assertProduces(groups(group(filter("userId", "eq", "1"), filter("group", "in", "[\"Admin\",\"Developer\"]"))),
        "transform.toSubscriptionFilter({userId: {eq: 1}, group: {in: ['Admin', 'Developer']}})");
  }

  @Test
  void twoOperatorsOnOneFieldTimesTwoOrBranchesGiveFourGroups() {
    String le = filter("percentageUp", "le", "50");
    String ge = filter("percentageUp", "ge", "20");
    String severity = filter("severity", "le", "3");
    String owner = filter("owner", "eq", "\"me\"");
    js.assertProduces(groups(group(le, severity), group(le, owner), group(ge, severity), group(ge, owner)),
        "transform.toSubscriptionFilter({percentageUp: {lte: 50, gte: 20},"
            + " or: [{severity: {le: 3}}, {owner: {eq: 'me'}}]})");
  }

  @Test
  void andBranchesMultiplyOutTheirOwnOrs() {
    String a1 = filter("a", "eq", "1");
    String a2 = filter("a", "eq", "2");
    String b = filter("b", "gt", "5");
    String c = filter("c", "beginsWith", "\"x\"");
    js.assertProduces(groups(group(a1, b), group(a1, c), group(a2, b), group(a2, c)),
        "transform.toSubscriptionFilter({and: [{or: [{a: {eq: 1}}, {a: {eq: 2}}]}, {or: [{b: {gt: 5}},"
            + " {c: {beginsWith: 'x'}}]}]})");
  }

  @Test
  void everyAppSyncOperatorPassesThroughAndLteGteAreNormalised() {
    js.assertProduces(groups(group(filter("a", "eq", "1"), filter("b", "ne", "true"), filter("c", "le", "1"),
            filter("d", "lt", "2"), filter("e", "ge", "3"), filter("f", "gt", "4"), filter("g", "contains", "\"x\""),
            filter("h", "notContains", "\"y\""), filter("i", "beginsWith", "\"z\""), filter("j", "in", "[1,2]"),
            filter("k", "notIn", "[3]"), filter("l", "between", "[1,5]"), filter("m", "containsAny", "[10,11]"),
            filter("n", "le", "6"), filter("o", "ge", "7"))),
        "transform.toSubscriptionFilter({a: {eq: 1}, b: {ne: true}, c: {le: 1}, d: {lt: 2}, e: {ge: 3}, f: {gt: 4},"
            + " g: {contains: 'x'}, h: {notContains: 'y'}, i: {beginsWith: 'z'}, j: {in: [1, 2]}, k: {notIn: [3]},"
            + " l: {between: [1, 5]}, m: {containsAny: [10, 11]}, n: {lte: 6}, o: {gte: 7}})");
  }

  @Test
  void ignoredFieldsAreDropped() {
    js.assertProduces(groups(group(filter("severity", "le", "2"))),
        "transform.toSubscriptionFilter({severity: {le: 2}, owner: {eq: 'x'}, secret: {eq: 1}}, ['owner', 'secret'])");
  }

  @Test
  void strictRulesDuplicateEachGroupOncePerRule() {
    String le = filter("percentageUp", "le", "50");
    String ge = filter("percentageUp", "ge", "20");
    String owner = filter("owner", "eq", "\"u1\"");
    String admin = filter("isAdmin", "eq", "true");
    js.assertProduces(groups(group(le, owner), group(le, admin), group(ge, owner), group(ge, admin)),
        "transform.toSubscriptionFilter({percentageUp: {lte: 50, gte: 20}, name: {eq: 'n'}}, ['name'],"
            + " {owner: {eq: 'u1'}, isAdmin: {eq: true}})");
  }

  @Test
  void strictRulesAloneFormOneGroupEach() {
    js.assertProduces(groups(group(filter("owner", "eq", "\"u1\"")), group(filter("team", "eq", "\"t\""))),
        "transform.toSubscriptionFilter({}, [], {owner: {eq: 'u1'}, team: {eq: 't'}})");
  }

  @Test
  void jsonTextArgumentIsParsedLikeTheJsDocExample() {
    js.assertProduces(groups(group(filter("severity", "le", "2"))),
        "transform.toSubscriptionFilter('{\"severity\":{\"le\":2}}')");
  }

  @Test
  void nestedObjectsUseDottedFieldNames() {
    js.assertProduces(groups(group(filter("location.address.country", "eq", "\"NO\""))),
        "transform.toSubscriptionFilter({location: {address: {country: {eq: 'NO'}}}})");
  }

  @Test
  void absentOrEmptyFilterGivesNoGroups() {
    js.assertProduces(groups(), "transform.toSubscriptionFilter(null)");
    js.assertProduces(groups(), "transform.toSubscriptionFilter({a: null, or: []})");
  }

  @Test
  void malformedSubscriptionFiltersGetClearErrors() {
    assertTrue(js.errorOf("transform.toSubscriptionFilter({a: {eq: 1, equals: 2}})")
        .contains("unknown operator 'equals' on 'a'"));
    assertTrue(js.errorOf("transform.toSubscriptionFilter({a: {between: [1, 2, 3]}})").contains("exactly two"));
    assertTrue(js.errorOf("transform.toSubscriptionFilter({a: {in: 1}})").contains("needs an array"));
    assertTrue(js.errorOf("transform.toSubscriptionFilter({or: [1]})").contains("array of filter objects"));
    assertTrue(js.errorOf("transform.toSubscriptionFilter({}, [], {a: 1})").contains("strict rule on 'a'"));
    assertTrue(js.errorOf("transform.toSubscriptionFilter({}, 'a')").contains("ignored fields"));
    assertTrue(js.errorOf("transform.toSubscriptionFilter([1])").contains("expects an object"));
  }
}
