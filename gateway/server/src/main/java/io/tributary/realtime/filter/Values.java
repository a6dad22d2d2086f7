package io.tributary.realtime.filter;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Comparisons between payload values and filter operands. Numbers compare numerically whatever their boxed
 * type; strings compare case-sensitively by UTF-16 code unit; a value of another type simply does not match
 * (a type mismatch in an event is data, not an error).
 */
final class Values {

    /** Returned by {@link #order} when the two values have no common order. */
    static final int UNORDERED = Numbers.UNORDERED;

    private Values() {
    }

    /** @param expected a non-null Number, String or Boolean from a compiled filter */
    static boolean scalarEquals(Object actual, Object expected) {
        if (expected instanceof Number number) {
            return actual instanceof Number value && Numbers.compare(value, number) == 0;
        }
        return expected.equals(actual);
    }

    /** @param bound a non-null Number or String; @return sign of actual - bound, or UNORDERED */
    static int order(Object actual, Object bound) {
        if (bound instanceof Number number) {
            return actual instanceof Number value ? Numbers.compare(value, number) : UNORDERED;
        }
        if (actual instanceof String value) {
            return Integer.signum(value.compareTo((String) bound));
        }
        return UNORDERED;
    }

    /** Substring of a string field, or element of a list field. */
    static boolean contains(Object actual, Object element) {
        if (actual instanceof String text) {
            return element instanceof String part && text.contains(part);
        }
        return actual instanceof Collection<?> items && anyEquals(items, element);
    }

    /** Whether some element of {@code items} equals {@code expected} (a compiled scalar). */
    static boolean anyEquals(Collection<?> items, Object expected) {
        if (items instanceof List<?> list && items instanceof RandomAccess) {
            return anyEqualsIndexed(list, expected);
        }
        for (Object item : items) {
            if (scalarEquals(item, expected)) {
                return true;
            }
        }
        return false;
    }

    /** Indexed access spares the iterator that a for-each over a JSON array would allocate per event. */
    private static boolean anyEqualsIndexed(List<?> list, Object expected) {
        for (int i = 0, n = list.size(); i < n; i++) {
            if (scalarEquals(list.get(i), expected)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Structural equality for argument values, which may be input objects or lists: numbers numerically,
     * lists element by element, objects key by key, null equal only to null.
     */
    static boolean deepEquals(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Numbers.compare(x, y) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return listsEqual(x, y);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return mapsEqual(x, y);
        }
        return a.equals(b);
    }

    /**
     * The key under which {@link SubscriberIndex} files a value: values that {@link #scalarEquals} are
     * {@code equals()} as keys. Null for values that cannot be keys (null, lists, objects).
     */
    static Object indexKey(Object value) {
        if (value instanceof Number number) {
            return Numbers.canonicalKey(number);
        }
        return value instanceof String || value instanceof Boolean ? value : null;
    }

    private static boolean listsEqual(List<?> x, List<?> y) {
        if (x.size() != y.size()) {
            return false;
        }
        Iterator<?> other = y.iterator();
        for (Object item : x) {
            if (!deepEquals(item, other.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean mapsEqual(Map<?, ?> x, Map<?, ?> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (Map.Entry<?, ?> entry : x.entrySet()) {
            Object key = entry.getKey();
            if (!y.containsKey(key) || !deepEquals(entry.getValue(), y.get(key))) {
                return false;
            }
        }
        return true;
    }
}
