package io.tributary.realtime.filter;

import static io.tributary.realtime.filter.FilterJson.filter;
import static io.tributary.realtime.filter.FilterJson.group;
import static io.tributary.realtime.filter.FilterJson.object;
import static io.tributary.realtime.filter.FilterJson.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriberIndexFilterTest {

    private static final String FIELD = "onCreateMessage";

    private final SubscriberIndex<String> index = new SubscriberIndex<>();

    /** A payload that counts lookups of each key, to see which subscribers' filters were evaluated. */
    private static final class CountingPayload extends HashMap<String, Object> {
        private final Map<Object, Integer> lookups = new HashMap<>();

        CountingPayload(Map<String, Object> content) {
            super(content);
        }

        @Override
        public Object get(Object key) {
            lookups.merge(key, 1, Integer::sum);
            return super.get(key);
        }

        int lookups(String key) {
            return lookups.getOrDefault(key, 0);
        }
    }

    private List<String> matches(String field, Map<String, Object> payload) {
        List<String> delivered = new ArrayList<>();
        index.forEachMatch(field, payload, delivered::add);
        return delivered;
    }

    private static EventFilter conversationNotBy(String conversation, String author) {
        return EventFilter.enhanced(SubscriptionFilter.compile(filter(group(
            rule("conversationId", "eq", conversation), rule("author", "ne", author)))));
    }

    @Test
    void onlySubscribersOfTheEventsConversationAreEvaluated() {
        for (int i = 0; i < 10_000; i++) {
            index.add(FIELD, "sub" + i, conversationNotBy("c" + i, "user" + i));
        }
        index.add(FIELD, "c7-author", conversationNotBy("c7", "bob"));
        CountingPayload event = new CountingPayload(object("conversationId", "c7", "author", "bob", "text", "hi"));

        assertEquals(List.of("sub7"), matches(FIELD, event));
        assertEquals(2, event.lookups("author"));
        assertEquals(1, index.indexedPaths(FIELD));
    }

    @Test
    void argumentSubscribersAreIndexedByTheirArgumentValue() {
        for (int i = 0; i < 1_000; i++) {
            index.add(FIELD, "sub" + i, EventFilter.of(object("conversationId", "c" + (i % 100)), null));
        }
        CountingPayload event = new CountingPayload(object("conversationId", "c42"));

        assertEquals(List.of("sub42", "sub142", "sub242", "sub342", "sub442", "sub542", "sub642", "sub742",
            "sub842", "sub942"), matches(FIELD, event));
        assertEquals(1 + 10, event.lookups("conversationId"));
    }

    @Test
    void indexReturnsExactlyWhatEvaluatingEveryFilterReturns() {
        Map<String, EventFilter> filters = mixedFilters();
        filters.forEach((subscriber, filter) -> index.add(FIELD, subscriber, filter));
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            Map<String, Object> payload = object("conversationId", "c" + random.nextInt(6),
                "priority", random.nextBoolean() ? random.nextInt(5) : random.nextInt(5) + 0.0,
                "author", random.nextBoolean() ? "alice" : "bob");
            Set<String> expected = evaluateEveryFilter(filters, payload);
            List<String> actual = matches(FIELD, payload);
            assertEquals(expected, new LinkedHashSet<>(actual), "payload " + payload);
            assertEquals(expected.size(), actual.size(), "a subscriber was delivered twice for " + payload);
        }
    }

    private static Set<String> evaluateEveryFilter(Map<String, EventFilter> filters, Map<String, Object> payload) {
        Set<String> matching = new LinkedHashSet<>();
        filters.forEach((subscriber, filter) -> addIf(filter.matches(payload), subscriber, matching));
        return matching;
    }

    private static void addIf(boolean condition, String subscriber, Set<String> into) {
        if (condition) {
            into.add(subscriber);
        }
    }

    /** Indexed by conversation, by priority, by several values via `in`, by argument, and not indexable. */
    private static Map<String, EventFilter> mixedFilters() {
        Map<String, EventFilter> filters = new HashMap<>();
        for (int c = 0; c < 5; c++) {
            filters.put("conv" + c, conversationNotBy("c" + c, "alice"));
            filters.put("arg" + c, EventFilter.of(object("conversationId", "c" + c, "author", "bob"), null));
        }
        filters.put("priority2", EventFilter.enhanced(FilterJson.single("priority", "eq", 2.0)));
        filters.put("inOrEq", EventFilter.enhanced(SubscriptionFilter.compile(filter(
            group(rule("conversationId", "in", List.of("c1", "c2"))),
            group(rule("conversationId", "eq", "c5"), rule("priority", "ge", 3))))));
        filters.put("highPriority", EventFilter.enhanced(FilterJson.single("priority", "gt", 2)));
        filters.put("nullAuthor", EventFilter.of(object("author", null), null));
        filters.put("everything", EventFilter.of(Map.of(), null));
        return filters;
    }

    @Test
    void numbersMatchTheirIndexedValueAcrossBoxedTypes() {
        index.add(FIELD, "five", EventFilter.enhanced(FilterJson.single("n", "eq", 5)));
        index.add(FIELD, "half", EventFilter.of(object("n", 0.5), null));
        assertEquals(List.of("five"), matches(FIELD, object("n", 5.0)));
        assertEquals(List.of("five"), matches(FIELD, object("n", new java.math.BigDecimal("5.000"))));
        assertEquals(List.of("half"), matches(FIELD, object("n", new java.math.BigDecimal("0.50"))));
        assertEquals(List.of(), matches(FIELD, object("n", "5")));
    }

    @Test
    void removedSubscribersNoLongerReceiveEvents() {
        index.add(FIELD, "a", conversationNotBy("c1", "x"));
        index.add(FIELD, "b", conversationNotBy("c1", "x"));
        index.add(FIELD, "all", EventFilter.of(Map.of(), null));

        assertTrue(index.remove(FIELD, "a"));
        assertTrue(index.remove(FIELD, "all"));
        assertFalse(index.remove(FIELD, "a"));
        assertFalse(index.remove("otherField", "b"));

        assertEquals(List.of("b"), matches(FIELD, object("conversationId", "c1", "author", "y")));
        assertEquals(1, index.size(FIELD));
        assertTrue(index.remove(FIELD, "b"));
        assertEquals(0, index.size(FIELD));
        assertEquals(0, index.indexedPaths(FIELD));
        assertEquals(List.of(), matches(FIELD, object("conversationId", "c1", "author", "y")));
    }

    @Test
    void addingASubscriberAgainReplacesItsFilter() {
        index.add(FIELD, "s", conversationNotBy("c1", "x"));
        index.add(FIELD, "s", conversationNotBy("c2", "x"));
        assertEquals(List.of(), matches(FIELD, object("conversationId", "c1")));
        assertEquals(List.of("s"), matches(FIELD, object("conversationId", "c2")));
        assertEquals(1, index.size(FIELD));
    }

    @Test
    void subscribersOfOtherFieldsAreNotConsidered() {
        index.add(FIELD, "messages", EventFilter.of(Map.of(), null));
        index.add("onDeleteMessage", "deletes", EventFilter.of(Map.of(), null));
        assertEquals(List.of("deletes"), matches("onDeleteMessage", object("id", 1)));
        assertEquals(List.of(), matches("onUnknown", object("id", 1)));
    }

    @Test
    void callbackMayRemoveSubscribersWhileEventsAreDelivered() {
        for (int i = 0; i < 5; i++) {
            index.add(FIELD, "s" + i, conversationNotBy("c1", "x"));
        }
        List<String> delivered = new ArrayList<>();
        index.forEachMatch(FIELD, object("conversationId", "c1"), subscriber -> {
            delivered.add(subscriber);
            index.remove(FIELD, subscriber);
        });
        assertEquals(5, delivered.size());
        assertEquals(0, index.size(FIELD));
    }

    @Test
    void newSubscribersJoinAPathAlreadyInUse() {
        index.add(FIELD, "byConversation", conversationNotBy("c1", "x"));
        index.add(FIELD, "byBoth", EventFilter.of(object("author", "bob", "conversationId", "c2"), null));
        assertEquals(1, index.indexedPaths(FIELD));
        assertEquals(List.of("byBoth"), matches(FIELD, object("conversationId", "c2", "author", "bob")));
    }

    @Test
    void invalidationFiltersCanBeIndexedToo() {
        SubscriberIndex<String> invalidations = new SubscriberIndex<>();
        invalidations.add("onGroupMessageCreated", "u1@g1", InvalidationFilter.compile(filter(
            group(rule("groupId", "eq", "g1"), rule("userId", "eq", "u1")))));
        invalidations.add("onGroupMessageCreated", "u2@g1", InvalidationFilter.compile(filter(
            group(rule("groupId", "eq", "g1"), rule("userId", "eq", "u2")))));
        InvalidationRequest kick = new InvalidationRequest("onGroupMessageCreated",
            object("groupId", "g1", "userId", "u2"));
        List<String> ended = new ArrayList<>();
        invalidations.forEachMatch(kick.subscriptionField(), kick.payload(), ended::add);
        assertEquals(List.of("u2@g1"), ended);
    }
}
