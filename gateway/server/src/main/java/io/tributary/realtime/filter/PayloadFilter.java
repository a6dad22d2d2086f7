package io.tributary.realtime.filter;

import java.util.List;
import java.util.Map;

/**
 * A compiled predicate over a published payload (or an invalidation payload). Sealed so that
 * {@link SubscriberIndex} can trust {@link #equalityConstraints()}: a constraint that lied would make the
 * index drop events silently.
 */
public sealed interface PayloadFilter permits SubscriptionFilter, ArgumentFilter, EventFilter, InvalidationFilter {

    /** @return whether the payload passes; never throws, whatever the payload holds */
    boolean matches(Map<String, ?> payload);

    /**
     * Fields every accepted payload must hold one of a few known values in. Empty when there is no such
     * field (the filter must then be evaluated for every event).
     */
    List<EqualityConstraint> equalityConstraints();
}
