package io.tributary.realtime.filter;

import java.util.Set;

/**
 * "Every payload the filter accepts has, at {@code path}, a value whose index key is in {@code keys}."
 * Derived from {@code eq}/{@code in} rules and from non-null subscription arguments; used by
 * {@link SubscriberIndex} to look subscribers up by value instead of evaluating each one.
 *
 * @param path the field the constraint is on
 * @param keys canonical keys of the accepted values (numbers normalised so {@code 1} and {@code 1.0} coincide)
 */
public record EqualityConstraint(FieldPath path, Set<Object> keys) {

    public EqualityConstraint {
        keys = Set.copyOf(keys);
    }
}
