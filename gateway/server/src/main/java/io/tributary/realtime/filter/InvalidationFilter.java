package io.tributary.realtime.filter;

import java.util.List;
import java.util.Map;

/**
 * An invalidation filter ({@code extensions.setSubscriptionInvalidationFilter}): same JSON, compiler, limits
 * and semantics as {@link SubscriptionFilter}, but evaluated against the payload of an
 * {@link InvalidationRequest} instead of against events. A subscription it matches is unsubscribed and its
 * connection closed by the real-time layer.
 */
public final class InvalidationFilter implements PayloadFilter {

    private final SubscriptionFilter filter;

    private InvalidationFilter(SubscriptionFilter filter) {
        this.filter = filter;
    }

    /** @throws FilterException as {@link SubscriptionFilter#compile} */
    public static InvalidationFilter compile(Object filterJson) {
        return new InvalidationFilter(SubscriptionFilter.compile(filterJson));
    }

    /**
     * @param subscriptionField the field the filter's subscription is on (e.g. {@code onGroupMessageCreated})
     * @return whether the request targets that field and its payload passes this filter
     */
    public boolean invalidates(String subscriptionField, InvalidationRequest request) {
        return request.subscriptionField().equals(subscriptionField) && filter.matches(request.payload());
    }

    /** Evaluates the filter against an invalidation payload. */
    @Override
    public boolean matches(Map<String, ?> payload) {
        return filter.matches(payload);
    }

    @Override
    public List<EqualityConstraint> equalityConstraints() {
        return filter.equalityConstraints();
    }

    @Override
    public String toString() {
        return "Invalidation" + filter;
    }
}
