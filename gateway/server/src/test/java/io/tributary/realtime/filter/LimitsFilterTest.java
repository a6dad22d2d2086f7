package io.tributary.realtime.filter;

import static io.tributary.realtime.filter.FilterJson.filter;
import static io.tributary.realtime.filter.FilterJson.group;
import static io.tributary.realtime.filter.FilterJson.object;
import static io.tributary.realtime.filter.FilterJson.rule;
import static io.tributary.realtime.filter.FilterJson.single;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LimitsFilterTest {

    private static final String TOO_MANY_FILTERS = "Filters exceed maximum filters limit 10 for subscription"
        + " (each value of an `in` operator counts as a separate filter).";

    private static List<Object> numbers(int count) {
        return new ArrayList<>(IntStream.range(0, count).boxed().toList());
    }

    private static String message(Object filterJson) {
        return assertThrows(FilterException.class, () -> SubscriptionFilter.compile(filterJson)).getMessage();
    }

    @Test
    void inAcceptsFiveValuesAndRejectsSixWithAppSyncWording() {
        assertDoesNotThrow(() -> single("f", "in", numbers(5)));
        assertEquals("subscription exceeds maximum value limit 5 for operator `in`.",
            message(filter(group(rule("f", "in", numbers(6))))));
    }

    @Test
    void notInAcceptsFiveValuesAndRejectsSix() {
        assertDoesNotThrow(() -> single("f", "notIn", numbers(5)));
        assertEquals("subscription exceeds maximum value limit 5 for operator `notIn`.",
            message(filter(group(rule("f", "notIn", numbers(6))))));
    }

    @Test
    void containsAnyAcceptsTwentyValuesAndRejectsTwentyOne() {
        assertDoesNotThrow(() -> single("f", "containsAny", numbers(20)));
        assertEquals("subscription exceeds maximum value limit 20 for operator `containsAny`.",
            message(filter(group(rule("f", "containsAny", numbers(21))))));
    }

    @Test
    void aGroupMayUseFiveDistinctFieldNamesButNotSix() {
        List<Map<String, Object>> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(rule("f" + i, "eq", i));
        }
        five.add(rule("f0", "ne", 99));
        assertDoesNotThrow(() -> SubscriptionFilter.compile(object("filterGroup", List.of(object("filters", five)))));
        List<Map<String, Object>> six = new ArrayList<>(five);
        six.add(rule("f5", "eq", 5));
        assertEquals("Filters exceed maximum attributes limit 5 for subscription.",
            message(object("filterGroup", List.of(object("filters", six)))));
    }

    @Test
    void tenGroupsAreAllowedButNotEleven() {
        assertDoesNotThrow(() -> SubscriptionFilter.compile(groups(10)));
        assertEquals(TOO_MANY_FILTERS, message(groups(11)));
    }

    private static Map<String, Object> groups(int count) {
        List<Object> groups = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            groups.add(group(rule("f", "eq", i)));
        }
        return object("filterGroup", groups);
    }

    @Test
    void eachInValueCountsAsItsOwnFilter() {
        List<Object> groups = new ArrayList<>(Collections.nCopies(9, group(rule("userId", "eq", 1))));
        groups.add(group(rule("userId", "eq", 1), rule("group", "in", List.of("Admin", "Developer"))));
        assertEquals(TOO_MANY_FILTERS, message(object("filterGroup", groups)));
        groups.remove(0);
        assertDoesNotThrow(() -> SubscriptionFilter.compile(object("filterGroup", groups)));
    }

    @Test
    void inRulesInOneGroupMultiplyTheFilterCount() {
        Map<String, Object> threeByThree = filter(group(
            rule("a", "in", numbers(3)), rule("b", "in", numbers(3))));
        assertDoesNotThrow(() -> SubscriptionFilter.compile(threeByThree));
        Map<String, Object> threeByFour = filter(group(
            rule("a", "in", numbers(3)), rule("b", "in", numbers(4))));
        assertEquals(TOO_MANY_FILTERS, message(threeByFour));
    }

    @Test
    void notInAndContainsAnyDoNotCountAsSeparateFilters() {
        assertDoesNotThrow(() -> SubscriptionFilter.compile(filter(group(
            rule("a", "notIn", numbers(5)), rule("b", "containsAny", numbers(20))))));
    }

    @Test
    void stringOperandsAreLimitedTo256Characters() {
        assertDoesNotThrow(() -> single("f", "eq", "x".repeat(256)));
        assertEquals("Filter value for fieldName `f` exceeds maximum string length 256.",
            message(filter(group(rule("f", "eq", "x".repeat(257))))));
        assertTrue(message(filter(group(rule("f", "in", List.of("a", "y".repeat(300))))))
            .contains("exceeds maximum string length 256"));
    }

    @Test
    void fieldNamesAreLimitedTo256Characters() {
        String tooLong = "n".repeat(257);
        assertTrue(message(filter(group(rule(tooLong, "eq", 1)))).contains("exceeds maximum string length 256"));
    }

    @Test
    void fieldNamesNestFiveLevelsButNotSix() {
        Map<String, Object> payload = object("a", object("b", object("c", object("d", object("e", 1)))));
        assertTrue(single("a.b.c.d.e", "eq", 1).matches(payload));
        assertEquals("Filter fieldName `a.b.c.d.e.f` exceeds maximum nesting depth 5.",
            message(filter(group(rule("a.b.c.d.e.f", "eq", 1)))));
    }

    @Test
    void malformedFilterShapesAreRejectedWithThePartNamed() {
        assertEquals("Invalid subscription filter: the filter must be an object with a `filterGroup` array.",
            message(List.of()));
        assertEquals("Invalid subscription filter: `filterGroup` must be a non-empty array.",
            message(object("filterGroup", List.of())));
        assertEquals("Invalid subscription filter: `filterGroup` must be a non-empty array.",
            message(object("filters", List.of())));
        assertEquals("Invalid subscription filter: `filterGroup[0].filters` must be a non-empty array.",
            message(object("filterGroup", List.of(object("filters", List.of())))));
        assertEquals("Invalid subscription filter: `filterGroup[0].filters[0]` must be an object with fieldName,"
            + " operator and value.", message(object("filterGroup", List.of(object("filters", List.of("x"))))));
        assertEquals("Invalid subscription filter: `filterGroup[0].filters[0].fieldName` must be a non-empty string.",
            message(filter(group(rule("", "eq", 1)))));
        assertEquals("Invalid subscription filter: `filterGroup[0].filters[0].value` is missing.",
            message(filter(group(object("fieldName", "f", "operator", "eq")))));
        assertEquals("Invalid subscription filter: fieldName `a..b` has an empty path segment.",
            message(filter(group(rule("a..b", "eq", 1)))));
        assertEquals("Invalid subscription filter: fieldName `a.` has an empty path segment.",
            message(filter(group(rule("a.", "eq", 1)))));
    }

    @Test
    void nullFilterIsRejectedNotCrashed() {
        assertTrue(message(null).startsWith("Invalid subscription filter"));
    }
}
