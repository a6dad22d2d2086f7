package io.tributary.realtime.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An AppSync enhanced subscription filter ({@code extensions.setSubscriptionFilter}), compiled once when the
 * subscription resolver runs and evaluated for every event on that subscription.
 *
 * <p>Semantics: the entries of {@code filterGroup} are OR-ed, the rules inside one entry's {@code filters}
 * are AND-ed. {@code fieldName} addresses nested objects with dots. Numbers compare numerically across
 * int/long/double/BigDecimal; strings compare case-sensitively; a payload value of another type than the
 * operand does not match (no coercion, no error).
 *
 * <p>Missing (or null) fields: every positive operator ({@code eq}, comparisons, {@code contains},
 * {@code beginsWith}, {@code in}, {@code between}, {@code containsAny}) is false for them; the negated ones
 * ({@code ne}, {@code notContains}, {@code notIn}) are their exact complement and so true. A subscriber that
 * asked to exclude a value has not asked to lose events that lack the field.
 *
 * <p>{@code between [a, b]} is inclusive at both ends, the DynamoDB {@code BETWEEN} convention that the
 * operator is named after and that resolver authors bring from DynamoDB filter expressions. The AppSync
 * example ({@code [1,5]} "matches 2, 3, 4") lists only interior values and does not settle the bounds; an
 * inclusive range can be narrowed by the author, a silently exclusive one surprises.
 *
 * <p>Compilation enforces AppSync's limits: at most 5 distinct fieldNames per group; at most 10 filters in
 * all, where a group with {@code in} rules counts as the product of their value counts (AppSync expands
 * each {@code in} value into its own OR branch); {@code in}/{@code notIn} up to 5 values,
 * {@code containsAny} up to 20; strings up to 256 characters; fieldNames nested at most 5 levels. Instances
 * are immutable and safe to share between threads.
 */
public final class SubscriptionFilter implements PayloadFilter {

    private final Rule[][] groups;
    private final List<EqualityConstraint> constraints;

    private SubscriptionFilter(Rule[][] groups) {
        this.groups = groups;
        this.constraints = deriveConstraints(groups);
    }

    /**
     * @param filterJson the filter object as a JSON tree of {@code Map}/{@code List}/scalars
     * @return the compiled filter
     * @throws FilterException when the JSON is malformed, uses an unknown operator or a wrongly typed value,
     *     or exceeds a limit; the message is suitable for the client
     */
    public static SubscriptionFilter compile(Object filterJson) {
        return new SubscriptionFilter(FilterCompiler.compile(filterJson));
    }

    @Override
    public boolean matches(Map<String, ?> payload) {
        for (Rule[] group : groups) {
            if (allMatch(group, payload)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<EqualityConstraint> equalityConstraints() {
        return constraints;
    }

    private static boolean allMatch(Rule[] group, Map<String, ?> payload) {
        for (Rule rule : group) {
            if (!rule.matches(payload)) {
                return false;
            }
        }
        return true;
    }

    /** A path is a constraint only if every group pins it with eq/in; its keys are the union over groups. */
    private static List<EqualityConstraint> deriveConstraints(Rule[][] groups) {
        Map<FieldPath, Set<Object>> shared = pinnedValues(groups[0]);
        for (int i = 1; i < groups.length && !shared.isEmpty(); i++) {
            Map<FieldPath, Set<Object>> next = pinnedValues(groups[i]);
            shared.keySet().retainAll(next.keySet());
            shared.forEach((path, keys) -> keys.addAll(next.get(path)));
        }
        List<EqualityConstraint> result = new ArrayList<>();
        shared.forEach((path, keys) -> result.add(new EqualityConstraint(path, keys)));
        return List.copyOf(result);
    }

    private static Map<FieldPath, Set<Object>> pinnedValues(Rule[] group) {
        Map<FieldPath, Set<Object>> pinned = new LinkedHashMap<>();
        for (Rule rule : group) {
            if (rule.condition() instanceof Condition.Equal equal) {
                pinned.putIfAbsent(rule.path(), keysOf(equal.expected()));
            } else if (rule.condition() instanceof Condition.In in) {
                pinned.putIfAbsent(rule.path(), keysOf(in.candidates()));
            }
        }
        return pinned;
    }

    private static Set<Object> keysOf(Object... values) {
        Set<Object> keys = new HashSet<>();
        for (Object value : values) {
            keys.add(Values.indexKey(value));
        }
        return keys;
    }

    @Override
    public String toString() {
        return "SubscriptionFilter" + Arrays.deepToString(groups);
    }
}
