package io.tributary.realtime.filter;

import java.util.List;
import java.util.Map;

/**
 * The filter that decides whether one subscription receives an event, applying AppSync's precedence: if the
 * subscription resolver installed an enhanced filter, that filter alone decides and the client's arguments
 * are not matched at all ("You can't use basic filtering and enhanced filtering concurrently"; a required
 * argument filters only if the resolver turns it into a rule). Otherwise the arguments are matched (basic
 * filtering).
 */
public final class EventFilter implements PayloadFilter {

    /** Which kind of filtering is in force, for logs and metrics. */
    public enum Mode { ENHANCED, BASIC }

    private final PayloadFilter delegate;
    private final Mode mode;

    private EventFilter(PayloadFilter delegate, Mode mode) {
        this.delegate = delegate;
        this.mode = mode;
    }

    /**
     * @param arguments the subscription's provided arguments (omitted ones absent, explicit nulls present)
     * @param enhanced the filter set by the subscription resolver, or null if it set none
     */
    public static EventFilter of(Map<String, ?> arguments, SubscriptionFilter enhanced) {
        return enhanced != null ? enhanced(enhanced) : basic(ArgumentFilter.of(arguments));
    }

    /** Enhanced filtering only. */
    public static EventFilter enhanced(SubscriptionFilter filter) {
        if (filter == null) {
            throw new IllegalArgumentException("enhanced filter must not be null");
        }
        return new EventFilter(filter, Mode.ENHANCED);
    }

    /** Basic (argument) filtering only. */
    public static EventFilter basic(ArgumentFilter filter) {
        if (filter == null) {
            throw new IllegalArgumentException("argument filter must not be null");
        }
        return new EventFilter(filter, Mode.BASIC);
    }

    public Mode mode() {
        return mode;
    }

    @Override
    public boolean matches(Map<String, ?> payload) {
        return delegate.matches(payload);
    }

    @Override
    public List<EqualityConstraint> equalityConstraints() {
        return delegate.equalityConstraints();
    }

    @Override
    public String toString() {
        return "EventFilter[" + mode + " " + delegate + "]";
    }
}
