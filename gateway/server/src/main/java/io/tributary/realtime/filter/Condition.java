package io.tributary.realtime.filter;

import java.util.Arrays;
import java.util.Collection;

/**
 * The test one compiled rule applies to the value found at its field path. {@code actual} is null when the
 * field is missing or null; every positive test is false for it, so the negated operators ({@code ne},
 * {@code notContains}, {@code notIn}) are true for it.
 *
 * <p>Operands are validated and stored in their final form at compile time, so tests do no parsing and,
 * for int/long/double payloads, no allocation.
 */
sealed interface Condition {

    boolean test(Object actual);

    /** {@code eq}: the operand is a Number, String or Boolean. */
    record Equal(Object expected) implements Condition {
        @Override
        public boolean test(Object actual) {
            return actual != null && Values.scalarEquals(actual, expected);
        }
    }

    /** {@code ne}, {@code notContains}, {@code notIn}: the exact negation of the positive operator. */
    record Not(Condition positive) implements Condition {
        @Override
        public boolean test(Object actual) {
            return !positive.test(actual);
        }
    }

    /**
     * {@code lt le gt ge}: which outcomes of comparing the field against the bound are accepted. Values of
     * another type than the bound are unordered and never match.
     */
    record Compare(Object bound, boolean below, boolean equal, boolean above) implements Condition {
        @Override
        public boolean test(Object actual) {
            int order = Values.order(actual, bound);
            if (order == Values.UNORDERED) {
                return false;
            }
            return order < 0 ? below : (order == 0 ? equal : above);
        }
    }

    /** {@code between}: inclusive at both ends (see {@link SubscriptionFilter} for why). */
    record Between(Object low, Object high) implements Condition {
        @Override
        public boolean test(Object actual) {
            int fromLow = Values.order(actual, low);
            if (fromLow == Values.UNORDERED || fromLow < 0) {
                return false;
            }
            int fromHigh = Values.order(actual, high);
            return fromHigh != Values.UNORDERED && fromHigh <= 0;
        }
    }

    /** {@code contains}: substring of a string field, or element of a list field. */
    record Contains(Object element) implements Condition {
        @Override
        public boolean test(Object actual) {
            return Values.contains(actual, element);
        }
    }

    /** {@code beginsWith}: string prefix; a non-string field never matches. */
    record BeginsWith(String prefix) implements Condition {
        @Override
        public boolean test(Object actual) {
            return actual instanceof String text && text.startsWith(prefix);
        }
    }

    /** {@code in}: the field equals one of the operands. */
    record In(Object[] candidates) implements Condition {
        @Override
        public String toString() {
            return "In" + Arrays.toString(candidates);
        }

        @Override
        public boolean test(Object actual) {
            if (actual == null) {
                return false;
            }
            for (Object candidate : candidates) {
                if (Values.scalarEquals(actual, candidate)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code containsAny}: a list field shares at least one element with the operands. */
    record ContainsAny(Object[] candidates) implements Condition {
        @Override
        public String toString() {
            return "ContainsAny" + Arrays.toString(candidates);
        }

        @Override
        public boolean test(Object actual) {
            if (!(actual instanceof Collection<?> items)) {
                return false;
            }
            for (Object candidate : candidates) {
                if (Values.anyEquals(items, candidate)) {
                    return true;
                }
            }
            return false;
        }
    }
}
