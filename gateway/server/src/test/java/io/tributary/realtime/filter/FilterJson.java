package io.tributary.realtime.filter;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds filter JSON and payloads as the plain Map/List trees Jackson would produce. */
final class FilterJson {

    private FilterJson() {
    }

    static Map<String, Object> rule(String fieldName, String operator, Object value) {
        return object("fieldName", fieldName, "operator", operator, "value", value);
    }

    @SafeVarargs
    static Map<String, Object> group(Map<String, Object>... rules) {
        return object("filters", List.of(rules));
    }

    @SafeVarargs
    static Map<String, Object> filter(Map<String, Object>... groups) {
        return object("filterGroup", List.of(groups));
    }

    /** A single-rule filter. */
    static SubscriptionFilter single(String fieldName, String operator, Object value) {
        return SubscriptionFilter.compile(filter(group(rule(fieldName, operator, value))));
    }

    /** An object from alternating keys and values; values may be null (Map.of forbids that). */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** A list that may hold nulls. */
    static List<Object> list(Object... items) {
        return Arrays.asList(items);
    }
}
