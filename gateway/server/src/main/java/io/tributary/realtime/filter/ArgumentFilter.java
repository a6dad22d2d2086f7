package io.tributary.realtime.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AppSync basic filtering: the arguments a client passed to a subscription field, matched for equality
 * against the same-named top-level fields of each published payload, AND-ed.
 *
 * <p>An argument the client omitted is a wildcard and is simply absent from the map. An argument passed as
 * {@code null} (literally or through a null variable) is not a wildcard: it matches only payloads where the
 * field is null or missing ("notified of all the Todo updates that have not provided an owner"). Numbers
 * compare numerically ({@code 5} equals {@code 5.0}); input-object and list arguments compare structurally.
 * An empty map matches every payload. Instances are immutable.
 */
public final class ArgumentFilter implements PayloadFilter {

    private static final ArgumentFilter MATCH_ALL = new ArgumentFilter(new FieldPath[0], new Object[0]);

    private final FieldPath[] fields;
    private final Object[] expected;
    private final List<EqualityConstraint> constraints;

    private ArgumentFilter(FieldPath[] fields, Object[] expected) {
        this.fields = fields;
        this.expected = expected;
        this.constraints = deriveConstraints(fields, expected);
    }

    /**
     * @param providedArguments the arguments present in the subscription request, after variable
     *     substitution; null is treated as an empty map. Values are kept by reference, not copied: they
     *     must not be mutated afterwards.
     */
    public static ArgumentFilter of(Map<String, ?> providedArguments) {
        if (providedArguments == null || providedArguments.isEmpty()) {
            return MATCH_ALL;
        }
        FieldPath[] fields = new FieldPath[providedArguments.size()];
        Object[] expected = new Object[providedArguments.size()];
        int i = 0;
        for (Map.Entry<String, ?> argument : providedArguments.entrySet()) {
            fields[i] = FieldPath.topLevel(argument.getKey());
            expected[i++] = argument.getValue();
        }
        return new ArgumentFilter(fields, expected);
    }

    /** The filter of a subscription without arguments: every event passes. */
    public static ArgumentFilter matchAll() {
        return MATCH_ALL;
    }

    @Override
    public boolean matches(Map<String, ?> payload) {
        for (int i = 0; i < fields.length; i++) {
            if (!Values.deepEquals(fields[i].resolve(payload), expected[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<EqualityConstraint> equalityConstraints() {
        return constraints;
    }

    /** Only scalar, non-null arguments can serve as index keys; null and object arguments are evaluated. */
    private static List<EqualityConstraint> deriveConstraints(FieldPath[] fields, Object[] expected) {
        List<EqualityConstraint> result = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            Object key = Values.indexKey(expected[i]);
            if (key != null) {
                result.add(new EqualityConstraint(fields[i], Set.of(key)));
            }
        }
        return List.copyOf(result);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ArgumentFilter{");
        for (int i = 0; i < fields.length; i++) {
            text.append(i == 0 ? "" : ", ").append(fields[i]).append('=').append(expected[i]);
        }
        return text.append('}').toString();
    }
}
