package io.tributary.realtime.filter;

import static io.tributary.realtime.filter.FilterJson.object;
import static io.tributary.realtime.filter.FilterJson.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    private final Map<String, Object> arguments = object("conversationId", "c1");

    @Test
    void enhancedFilterAloneDecidesWhenTheResolverSetOne() {
        EventFilter filter = EventFilter.of(arguments, single("severity", "le", 2));
        assertEquals(EventFilter.Mode.ENHANCED, filter.mode());
        assertTrue(filter.matches(object("conversationId", "other", "severity", 1)));
        assertFalse(filter.matches(object("conversationId", "c1", "severity", 3)));
    }

    @Test
    void argumentsFilterWhenTheResolverSetNoEnhancedFilter() {
        EventFilter filter = EventFilter.of(arguments, null);
        assertEquals(EventFilter.Mode.BASIC, filter.mode());
        assertTrue(filter.matches(object("conversationId", "c1", "severity", 3)));
        assertFalse(filter.matches(object("conversationId", "c2", "severity", 1)));
    }

    @Test
    void noArgumentsAndNoEnhancedFilterMatchesEverything() {
        EventFilter filter = EventFilter.of(Map.of(), null);
        assertTrue(filter.matches(object("anything", 1)));
    }

    @Test
    void constraintsComeFromTheFilterInForce() {
        assertEquals("severity",
            EventFilter.of(arguments, single("severity", "eq", 2)).equalityConstraints().get(0).path().toString());
        assertEquals("conversationId",
            EventFilter.of(arguments, null).equalityConstraints().get(0).path().toString());
    }

    @Test
    void explicitFactoriesRefuseNull() {
        assertThrows(IllegalArgumentException.class, () -> EventFilter.enhanced(null));
        assertThrows(IllegalArgumentException.class, () -> EventFilter.basic(null));
    }
}
