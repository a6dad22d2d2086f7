package io.tributary.realtime.filter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code extensions.invalidateSubscriptions({subscriptionField, payload})} call made by a mutation's
 * response handler: every subscription on {@code subscriptionField} whose {@link InvalidationFilter} matches
 * {@code payload} is ended.
 *
 * @param subscriptionField the Subscription field whose subscribers are targeted
 * @param payload the object invalidation filters are evaluated against (top level copied, read-only)
 */
public record InvalidationRequest(String subscriptionField, Map<String, Object> payload) {

    /** AppSync allows at most this many unique invalidation calls per request; more is a GraphQL error. */
    public static final int MAX_PER_REQUEST = 5;

    public InvalidationRequest {
        if (subscriptionField == null || subscriptionField.isBlank()) {
            throw new FilterException("invalidateSubscriptions requires a non-empty `subscriptionField`.");
        }
        if (payload == null) {
            throw new FilterException("invalidateSubscriptions requires a `payload` object.");
        }
        payload = Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    }

    /**
     * Reads the argument of {@code extensions.invalidateSubscriptions(...)} as resolver code passed it.
     *
     * @throws FilterException if it is not an object with a string {@code subscriptionField} and an object
     *     {@code payload}
     */
    @SuppressWarnings("unchecked")
    public static InvalidationRequest fromJson(Object argument) {
        if (!(argument instanceof Map<?, ?> object)) {
            throw new FilterException("invalidateSubscriptions expects an object with subscriptionField and payload.");
        }
        Object field = object.get("subscriptionField");
        Object payload = object.get("payload");
        if (!(field instanceof String name)) {
            throw new FilterException("invalidateSubscriptions requires a non-empty `subscriptionField`.");
        }
        if (!(payload instanceof Map<?, ?> map)) {
            throw new FilterException("invalidateSubscriptions requires a `payload` object.");
        }
        return new InvalidationRequest(name, (Map<String, Object>) map);
    }
}
