package io.tributary.realtime.filter;

import java.util.HashMap;
import java.util.Map;

/**
 * The operators of AppSync's filter JSON. Names are case-sensitive, as in AppSync.
 *
 * <p>{@code lte}/{@code gte} are accepted as aliases of {@code le}/{@code ge}: the
 * {@code util.transform.toSubscriptionFilter} documentation emits the DynamoDB spelling while the
 * {@code setSubscriptionFilter} operator table lists the short one, and resolver code written against either
 * must keep working.
 */
public enum Operator {
    EQ("eq"),
    NE("ne"),
    LE("le", "lte"),
    LT("lt"),
    GE("ge", "gte"),
    GT("gt"),
    CONTAINS("contains"),
    NOT_CONTAINS("notContains"),
    BEGINS_WITH("beginsWith"),
    IN("in"),
    NOT_IN("notIn"),
    BETWEEN("between"),
    CONTAINS_ANY("containsAny");

    private static final Map<String, Operator> BY_NAME = new HashMap<>();

    static {
        for (Operator operator : values()) {
            for (String name : operator.names) {
                BY_NAME.put(name, operator);
            }
        }
    }

    private final String[] names;

    Operator(String... names) {
        this.names = names;
    }

    /** The canonical AppSync spelling, used in error messages. */
    public String wireName() {
        return names[0];
    }

    /**
     * @param name operator as written in the filter JSON
     * @param fieldName the rule's field, for the error message
     * @return the operator
     * @throws FilterException if the name is not an AppSync operator
     */
    public static Operator parse(Object name, String fieldName) {
        Operator operator = name instanceof String s ? BY_NAME.get(s) : null;
        if (operator == null) {
            throw new FilterException("Unsupported operator `" + name + "` for fieldName `" + fieldName + "`.");
        }
        return operator;
    }
}
