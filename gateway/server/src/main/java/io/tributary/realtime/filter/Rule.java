package io.tributary.realtime.filter;

import java.util.Map;

/** One compiled {@code {fieldName, operator, value}} entry of a filter. */
record Rule(FieldPath path, Operator operator, Condition condition) {

    boolean matches(Map<String, ?> payload) {
        return condition.test(path.resolve(payload));
    }

    /** How many OR branches AppSync counts this rule as: each value of an {@code in} is one. */
    int branchCount() {
        return operator == Operator.IN ? ((Condition.In) condition).candidates().length : 1;
    }
}
