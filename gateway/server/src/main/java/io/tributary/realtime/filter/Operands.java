package io.tributary.realtime.filter;

import java.util.List;
import java.util.Map;

/**
 * Validates a rule's {@code value} against what its operator accepts (the operator table of AppSync's
 * enhanced-filtering documentation) and builds the {@link Condition}.
 */
final class Operands {

    static final int MAX_IN_VALUES = 5;
    static final int MAX_CONTAINS_ANY_VALUES = 20;
    static final int MAX_STRING_LENGTH = 256;

    private Operands() {
    }

    static Condition condition(Operator operator, Object value, String fieldName) {
        return switch (operator) {
            case EQ -> new Condition.Equal(scalar(operator, value, fieldName, true));
            case NE -> new Condition.Not(new Condition.Equal(scalar(operator, value, fieldName, true)));
            case LT -> new Condition.Compare(scalar(operator, value, fieldName, false), true, false, false);
            case LE -> new Condition.Compare(scalar(operator, value, fieldName, false), true, true, false);
            case GT -> new Condition.Compare(scalar(operator, value, fieldName, false), false, false, true);
            case GE -> new Condition.Compare(scalar(operator, value, fieldName, false), false, true, true);
            case CONTAINS -> new Condition.Contains(scalar(operator, value, fieldName, false));
            case NOT_CONTAINS -> new Condition.Not(new Condition.Contains(scalar(operator, value, fieldName, false)));
            case BEGINS_WITH -> new Condition.BeginsWith(string(operator, value, fieldName));
            case IN -> new Condition.In(array(operator, value, fieldName, MAX_IN_VALUES));
            case NOT_IN -> new Condition.Not(new Condition.In(array(operator, value, fieldName, MAX_IN_VALUES)));
            case BETWEEN -> between(value, fieldName);
            case CONTAINS_ANY -> new Condition.ContainsAny(array(operator, value, fieldName, MAX_CONTAINS_ANY_VALUES));
        };
    }

    /** Checks a string against AppSync's 256-character limit and returns it. */
    static String checkLength(String text, String what) {
        if (text.length() > MAX_STRING_LENGTH) {
            throw new FilterException(what + " exceeds maximum string length " + MAX_STRING_LENGTH + ".");
        }
        return text;
    }

    private static Object scalar(Operator operator, Object value, String fieldName, boolean booleanAllowed) {
        if (value instanceof String text) {
            return checkLength(text, valueOf(fieldName));
        }
        if (value instanceof Number number && isFinite(number)) {
            return number;
        }
        if (booleanAllowed && value instanceof Boolean) {
            return value;
        }
        String expected = booleanAllowed ? "a number, string or Boolean" : "a number or string";
        throw wrongType(operator, fieldName, expected, value);
    }

    private static String string(Operator operator, Object value, String fieldName) {
        if (value instanceof String text) {
            return checkLength(text, valueOf(fieldName));
        }
        throw wrongType(operator, fieldName, "a string", value);
    }

    private static Object[] array(Operator operator, Object value, String fieldName, int max) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw wrongType(operator, fieldName, "a non-empty array of numbers or strings", value);
        }
        if (list.size() > max) {
            throw new FilterException(
                "subscription exceeds maximum value limit " + max + " for operator `" + operator.wireName() + "`.");
        }
        Object[] items = new Object[list.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = scalar(operator, list.get(i), fieldName, false);
        }
        return items;
    }

    private static Condition between(Object value, String fieldName) {
        String expected = "an array of two numbers or two strings";
        if (!(value instanceof List<?> pair) || pair.size() != 2) {
            throw wrongType(Operator.BETWEEN, fieldName, expected, value);
        }
        Object low = scalar(Operator.BETWEEN, pair.get(0), fieldName, false);
        Object high = scalar(Operator.BETWEEN, pair.get(1), fieldName, false);
        if ((low instanceof String) != (high instanceof String)) {
            throw wrongType(Operator.BETWEEN, fieldName, expected, value);
        }
        return new Condition.Between(low, high);
    }

    /** JSON has no NaN or infinity; only a script engine could hand us one, and it would match nothing. */
    private static boolean isFinite(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double asDouble = number.doubleValue();
            return !Double.isNaN(asDouble) && !Double.isInfinite(asDouble);
        }
        return true;
    }

    private static String valueOf(String fieldName) {
        return "Filter value for fieldName `" + fieldName + "`";
    }

    private static FilterException wrongType(Operator operator, String fieldName, String expected, Object value) {
        return new FilterException("Invalid value for operator `" + operator.wireName() + "` on fieldName `"
            + fieldName + "`: expected " + expected + " but got " + describe(value) + ".");
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return value instanceof Boolean ? "a Boolean" : (value instanceof String ? "a string" : "a number");
    }
}
