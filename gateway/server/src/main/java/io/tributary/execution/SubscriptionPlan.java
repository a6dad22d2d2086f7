package io.tributary.execution;

import java.util.Map;

/**
 * What a validated, authorized subscription start asks for: the subscription field, the
 * arguments the client actually gave (an omitted argument is a wildcard, an explicit null is not)
 * and the filters its resolver installed with {@code extensions.setSubscriptionFilter} and
 * {@code extensions.setSubscriptionInvalidationFilter}.
 *
 * @param responseKey the field's alias, or its name; the key of the field in every event
 */
public record SubscriptionPlan(
    String fieldName,
    String responseKey,
    Map<String, Object> arguments,
    Object subscriptionFilter,
    Object invalidationFilter) {}
