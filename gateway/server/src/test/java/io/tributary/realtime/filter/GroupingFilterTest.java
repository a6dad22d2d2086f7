package io.tributary.realtime.filter;

import static io.tributary.realtime.filter.FilterJson.filter;
import static io.tributary.realtime.filter.FilterJson.group;
import static io.tributary.realtime.filter.FilterJson.object;
import static io.tributary.realtime.filter.FilterJson.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupingFilterTest {

    /** (userId = 1 AND score > 10) OR group in [Admin, Developer] */
    private final SubscriptionFilter filter = SubscriptionFilter.compile(filter(
        group(rule("userId", "eq", 1), rule("score", "gt", 10)),
        group(rule("group", "in", List.of("Admin", "Developer")))));

    @Test
    void rulesInOneGroupMustAllHold() {
        assertTrue(filter.matches(object("userId", 1, "score", 11)));
        assertFalse(filter.matches(object("userId", 1, "score", 10)));
        assertFalse(filter.matches(object("userId", 2, "score", 11)));
    }

    @Test
    void anyGroupSuffices() {
        assertTrue(filter.matches(object("userId", 2, "group", "Admin")));
        assertTrue(filter.matches(object("group", "Developer")));
        assertFalse(filter.matches(object("userId", 2, "score", 50, "group", "Guest")));
        assertFalse(filter.matches(object()));
    }

    @Test
    void dottedFieldNamesReachIntoNestedObjects() {
        SubscriptionFilter nested = SubscriptionFilter.compile(filter(group(
            rule("location.address.country", "eq", "NZ"), rule("location.rating", "ge", 4))));
        assertTrue(nested.matches(object("location", object("address", object("country", "NZ"), "rating", 4.5))));
        assertFalse(nested.matches(object("location", object("address", object("country", "AU"), "rating", 5))));
        assertFalse(nested.matches(object("location", object("address", "NZ", "rating", 5))));
        assertFalse(nested.matches(object("location", null)));
        assertFalse(nested.matches(object("location.address.country", "NZ", "location.rating", 5)));
    }

    @Test
    void nullPayloadMatchesNothingPositive() {
        assertFalse(filter.matches(null));
        assertTrue(FilterJson.single("f", "ne", 1).matches(null));
    }

    @Test
    void fieldPinnedInEveryGroupBecomesAnEqualityConstraint() {
        SubscriptionFilter pinned = SubscriptionFilter.compile(filter(
            group(rule("conversationId", "eq", "c1"), rule("author", "ne", "me")),
            group(rule("conversationId", "in", List.of("c2", "c3")), rule("urgent", "eq", true))));
        assertEquals(List.of(new EqualityConstraint(FieldPath.parse("conversationId"), Set.of("c1", "c2", "c3"))),
            pinned.equalityConstraints());
    }

    @Test
    void fieldMissingFromOneGroupIsNoConstraint() {
        assertEquals(List.of(), filter.equalityConstraints());
    }

    @Test
    void numericConstraintKeysAreCanonical() {
        SubscriptionFilter numeric = SubscriptionFilter.compile(filter(group(rule("n", "in", List.of(1.0, 2.5)))));
        EqualityConstraint constraint = numeric.equalityConstraints().get(0);
        assertTrue(constraint.keys().contains(Values.indexKey(1)));
        assertTrue(constraint.keys().contains(Values.indexKey(new java.math.BigDecimal("2.50"))));
    }
}
