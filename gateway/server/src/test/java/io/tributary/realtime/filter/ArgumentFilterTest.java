package io.tributary.realtime.filter;

import static io.tributary.realtime.filter.FilterJson.list;
import static io.tributary.realtime.filter.FilterJson.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentFilterTest {

    private static final Map<String, Object> OWNED = object("id", "t1", "owner", "alice", "priority", 3);
    private static final Map<String, Object> UNOWNED = object("id", "t2", "owner", null, "priority", 3);
    private static final Map<String, Object> NO_OWNER_FIELD = object("id", "t3", "priority", 3);

    @Test
    void noArgumentsMatchesEveryEvent() {
        ArgumentFilter filter = ArgumentFilter.of(Map.of());
        assertTrue(filter.matches(OWNED));
        assertTrue(filter.matches(UNOWNED));
        assertTrue(filter.matches(object()));
        assertTrue(ArgumentFilter.of(null).matches(OWNED));
        assertTrue(ArgumentFilter.matchAll().matches(NO_OWNER_FIELD));
    }

    @Test
    void omittedArgumentIsAWildcard() {
        ArgumentFilter filter = ArgumentFilter.of(object("priority", 3));
        assertTrue(filter.matches(OWNED));
        assertTrue(filter.matches(UNOWNED));
        assertTrue(filter.matches(NO_OWNER_FIELD));
    }

    @Test
    void explicitNullMatchesOnlyNullOrMissingFields() {
        ArgumentFilter filter = ArgumentFilter.of(object("owner", null));
        assertFalse(filter.matches(OWNED));
        assertTrue(filter.matches(UNOWNED));
        assertTrue(filter.matches(NO_OWNER_FIELD));
    }

    @Test
    void providedArgumentsMustAllEqualTheirFields() {
        ArgumentFilter filter = ArgumentFilter.of(object("owner", "alice", "priority", 3));
        assertTrue(filter.matches(OWNED));
        assertFalse(filter.matches(object("owner", "alice", "priority", 4)));
        assertFalse(filter.matches(object("owner", "bob", "priority", 3)));
        assertFalse(filter.matches(object("priority", 3)));
        assertFalse(ArgumentFilter.of(object("owner", "Alice")).matches(OWNED));
    }

    @Test
    void numbersCompareNumerically() {
        assertTrue(ArgumentFilter.of(object("priority", 3.0)).matches(OWNED));
        assertTrue(ArgumentFilter.of(object("priority", 3L)).matches(OWNED));
        assertTrue(ArgumentFilter.of(object("priority", new BigDecimal("3.00"))).matches(OWNED));
        assertFalse(ArgumentFilter.of(object("priority", "3")).matches(OWNED));
    }

    @Test
    void onlyTopLevelFieldsAreCompared() {
        Map<String, Object> payload = object("meta", object("owner", "alice"));
        assertFalse(ArgumentFilter.of(object("owner", "alice")).matches(payload));
        assertFalse(ArgumentFilter.of(object("meta.owner", "alice")).matches(payload));
    }

    @Test
    void objectAndListArgumentsCompareStructurally() {
        Map<String, Object> payload = object("tags", list("a", 1), "pos", object("x", 1, "y", 2.0));
        assertTrue(ArgumentFilter.of(object("tags", list("a", 1.0))).matches(payload));
        assertFalse(ArgumentFilter.of(object("tags", list("a"))).matches(payload));
        assertTrue(ArgumentFilter.of(object("pos", object("y", 2, "x", 1))).matches(payload));
        assertFalse(ArgumentFilter.of(object("pos", object("x", 1, "z", 2))).matches(payload));
    }

    @Test
    void nonNullScalarArgumentsAreEqualityConstraints() {
        ArgumentFilter filter = ArgumentFilter.of(object("conversationId", "c1", "owner", null,
            "pos", object("x", 1), "n", 2.0));
        assertEquals(List.of(
                new EqualityConstraint(FieldPath.topLevel("conversationId"), Set.of("c1")),
                new EqualityConstraint(FieldPath.topLevel("n"), Set.of(2L))),
            filter.equalityConstraints());
    }
}
