package io.tributary.realtime.filter;

import static io.tributary.realtime.filter.FilterJson.list;
import static io.tributary.realtime.filter.FilterJson.object;
import static io.tributary.realtime.filter.FilterJson.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorsFilterTest {

    private static Map<String, Object> with(Object value) {
        return object("f", value);
    }

    private static boolean test(String operator, Object operand, Object fieldValue) {
        return single("f", operator, operand).matches(with(fieldValue));
    }

    @Test
    void eqMatchesEqualScalarsOfEachType() {
        assertTrue(test("eq", 1, 1));
        assertTrue(test("eq", 1.5, 1.5));
        assertTrue(test("eq", "a", "a"));
        assertTrue(test("eq", true, true));
        assertFalse(test("eq", 1, 2));
        assertFalse(test("eq", "a", "b"));
        assertFalse(test("eq", true, false));
    }

    @Test
    void eqComparesNumbersNumericallyAcrossBoxedTypes() {
        assertTrue(test("eq", 1, 1L));
        assertTrue(test("eq", 1, 1.0));
        assertTrue(test("eq", 1.0, 1));
        assertTrue(test("eq", new BigDecimal("1.00"), 1));
        assertTrue(test("eq", 0.1, new BigDecimal("0.1")));
        assertTrue(test("eq", BigInteger.valueOf(7), 7.0));
        assertFalse(test("eq", 9007199254740993L, 9007199254740992.0));
        assertTrue(test("eq", Long.MAX_VALUE, new BigDecimal(Long.MAX_VALUE)));
    }

    @Test
    void eqDoesNotCoerceBetweenTypes() {
        assertFalse(test("eq", 1, "1"));
        assertFalse(test("eq", "true", true));
        assertFalse(test("eq", 1, true));
        assertFalse(test("eq", "a", List.of("a")));
    }

    @Test
    void stringComparisonIsCaseSensitive() {
        assertFalse(test("eq", "Admin", "admin"));
        assertFalse(test("beginsWith", "Ad", "admin"));
        assertFalse(test("contains", "MIN", "admin"));
    }

    @Test
    void neIsTheComplementOfEq() {
        assertTrue(test("ne", 1, 2));
        assertTrue(test("ne", "a", "b"));
        assertTrue(test("ne", true, false));
        assertTrue(test("ne", 1, "1"));
        assertFalse(test("ne", 1, 1.0));
        assertFalse(test("ne", "a", "a"));
    }

    @Test
    void orderingOperatorsCompareNumbers() {
        assertTrue(test("lt", 5, 4));
        assertFalse(test("lt", 5, 5));
        assertTrue(test("le", 5, 5.0));
        assertFalse(test("le", 5, 5.5));
        assertTrue(test("gt", 5, 6));
        assertFalse(test("gt", 5, 5));
        assertTrue(test("ge", 5, 5L));
        assertFalse(test("ge", 5, 4.99));
    }

    @Test
    void orderingOperatorsCompareStringsLexicographically() {
        assertTrue(test("lt", "b", "a"));
        assertFalse(test("lt", "b", "c"));
        assertTrue(test("ge", "2024-01-01", "2024-06-30"));
        assertFalse(test("gt", "b", "B"));
    }

    @Test
    void orderingOperatorsNeverMatchAValueOfAnotherType() {
        assertFalse(test("lt", 5, "4"));
        assertFalse(test("gt", "a", 1));
        assertFalse(test("ge", 5, true));
        assertFalse(test("le", 5, List.of(1)));
    }

    @Test
    void lteAndGteAreAliasesOfLeAndGe() {
        assertTrue(test("lte", 5, 5));
        assertFalse(test("lte", 5, 6));
        assertTrue(test("gte", 5, 5));
        assertFalse(test("gte", 5, 4));
    }

    @Test
    void containsFindsSubstringsAndListElements() {
        assertTrue(test("contains", "ell", "hello"));
        assertFalse(test("contains", "xyz", "hello"));
        assertTrue(test("contains", 3, List.of(1, 2, 3L)));
        assertTrue(test("contains", "b", List.of("a", "b")));
        assertFalse(test("contains", "c", List.of("a", "b")));
        assertFalse(test("contains", 3, "123"));
        assertFalse(test("contains", 3, 3));
    }

    @Test
    void notContainsIsTheComplementOfContains() {
        assertTrue(test("notContains", "xyz", "hello"));
        assertFalse(test("notContains", "ell", "hello"));
        assertTrue(test("notContains", 4, List.of(1, 2)));
        assertFalse(test("notContains", 2, List.of(1, 2.0)));
    }

    @Test
    void beginsWithMatchesStringPrefixesOnly() {
        assertTrue(test("beginsWith", "user#", "user#42"));
        assertFalse(test("beginsWith", "user#", "org#42"));
        assertFalse(test("beginsWith", "1", 12));
    }

    @Test
    void inAndNotInTestMembership() {
        assertTrue(test("in", List.of("Admin", "Developer"), "Developer"));
        assertFalse(test("in", List.of("Admin", "Developer"), "Guest"));
        assertTrue(test("in", List.of(1, 2), 2.0));
        assertFalse(test("in", List.of(1, 2), "1"));
        assertTrue(test("notIn", List.of("Admin"), "Guest"));
        assertFalse(test("notIn", List.of("Admin"), "Admin"));
    }

    @Test
    void betweenIsInclusiveAtBothEnds() {
        Object range = List.of(1, 5);
        assertTrue(test("between", range, 1));
        assertTrue(test("between", range, 3));
        assertTrue(test("between", range, 5.0));
        assertFalse(test("between", range, 0.99));
        assertFalse(test("between", range, 6));
        assertFalse(test("between", range, "3"));
        assertTrue(test("between", List.of("a", "c"), "b"));
        assertFalse(test("between", List.of("a", "c"), "d"));
    }

    @Test
    void containsAnyNeedsAnIntersectionWithAListField() {
        assertTrue(test("containsAny", List.of(10, 11), List.of(10, 15)));
        assertTrue(test("containsAny", List.of(15, 20, 30), List.of(10, 15)));
        assertFalse(test("containsAny", List.of(1, 2), List.of(10, 15)));
        assertTrue(test("containsAny", List.of("x", "y"), List.of("y")));
        assertFalse(test("containsAny", List.of(10), 10));
    }

    @Test
    void missingOrNullFieldFailsPositiveOperatorsAndPassesNegatedOnes() {
        Map<String, Object> missing = object("other", 1);
        Map<String, Object> nullField = with(null);
        for (Map<String, Object> payload : List.of(missing, nullField)) {
            assertFalse(single("f", "eq", 1).matches(payload));
            assertFalse(single("f", "lt", 1).matches(payload));
            assertFalse(single("f", "ge", 1).matches(payload));
            assertFalse(single("f", "contains", "a").matches(payload));
            assertFalse(single("f", "beginsWith", "a").matches(payload));
            assertFalse(single("f", "in", List.of(1)).matches(payload));
            assertFalse(single("f", "between", List.of(1, 2)).matches(payload));
            assertFalse(single("f", "containsAny", List.of(1)).matches(payload));
            assertTrue(single("f", "ne", 1).matches(payload));
            assertTrue(single("f", "notContains", "a").matches(payload));
            assertTrue(single("f", "notIn", List.of(1)).matches(payload));
        }
    }

    @Test
    void operandOfTheWrongTypeIsRejectedAtCompileTime() {
        assertRejected("eq", List.of(1), "Invalid value for operator `eq` on fieldName `f`: expected a number,"
            + " string or Boolean but got an array.");
        assertRejected("eq", null, "expected a number, string or Boolean but got null");
        assertRejected("ne", object("a", 1), "but got an object");
        assertRejected("lt", true, "Invalid value for operator `lt` on fieldName `f`: expected a number or string");
        assertRejected("gte", true, "operator `ge`");
        assertRejected("contains", false, "operator `contains`");
        assertRejected("beginsWith", 1, "expected a string but got a number");
        assertRejected("in", "Admin", "expected a non-empty array of numbers or strings but got a string");
        assertRejected("in", List.of(), "non-empty array");
        assertRejected("notIn", list("a", null), "operator `notIn`");
        assertRejected("in", List.of(true), "expected a number or string but got a Boolean");
        assertRejected("between", List.of(1), "expected an array of two numbers or two strings");
        assertRejected("between", List.of(1, 2, 3), "operator `between`");
        assertRejected("between", List.of(1, "z"), "expected an array of two numbers or two strings");
        assertRejected("containsAny", 5, "operator `containsAny`");
        assertRejected("eq", Double.NaN, "operator `eq`");
    }

    @Test
    void unknownOrMiscasedOperatorIsRejected() {
        assertRejected("like", "a", "Unsupported operator `like` for fieldName `f`.");
        assertRejected("EQ", "a", "Unsupported operator `EQ`");
        assertRejected("ge ", 1, "Unsupported operator");
        assertRejected(null, 1, "Unsupported operator `null`");
    }

    private static void assertRejected(String operator, Object value, String messagePart) {
        FilterException error = assertThrows(FilterException.class, () -> single("f", operator, value));
        assertTrue(error.getMessage().contains(messagePart),
            () -> "message '" + error.getMessage() + "' should contain '" + messagePart + "'");
    }

    @Test
    void wrongTypeMessageNamesTheOperatorAndField() {
        FilterException error = assertThrows(FilterException.class, () -> single("a.b", "beginsWith", 3));
        assertEquals("Invalid value for operator `beginsWith` on fieldName `a.b`: expected a string but got a number.",
            error.getMessage());
    }
}
