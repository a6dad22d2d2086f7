package io.tributary.realtime.filter;

import static io.tributary.realtime.filter.FilterJson.filter;
import static io.tributary.realtime.filter.FilterJson.group;
import static io.tributary.realtime.filter.FilterJson.object;
import static io.tributary.realtime.filter.FilterJson.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidationFilterTest {

    /** Installed by onGroupMessageCreated's resolver for a member of group g1 with user id u1. */
    private final InvalidationFilter memberFilter = InvalidationFilter.compile(filter(
        group(rule("groupId", "eq", "g1"), rule("userId", "eq", "u1"))));

    @Test
    void requestForTheSameFieldWithAMatchingPayloadInvalidates() {
        InvalidationRequest kick = new InvalidationRequest("onGroupMessageCreated",
            object("groupId", "g1", "userId", "u1"));
        assertTrue(memberFilter.invalidates("onGroupMessageCreated", kick));
    }

    @Test
    void requestWithANonMatchingPayloadDoesNotInvalidate() {
        InvalidationRequest other = new InvalidationRequest("onGroupMessageCreated",
            object("groupId", "g1", "userId", "u2"));
        assertFalse(memberFilter.invalidates("onGroupMessageCreated", other));
    }

    @Test
    void requestForAnotherSubscriptionFieldDoesNotInvalidate() {
        InvalidationRequest kick = new InvalidationRequest("onGroupRenamed", object("groupId", "g1", "userId", "u1"));
        assertFalse(memberFilter.invalidates("onGroupMessageCreated", kick));
    }

    @Test
    void invalidationFiltersShareTheCompilerAndItsLimits() {
        FilterException error = assertThrows(FilterException.class,
            () -> InvalidationFilter.compile(filter(group(rule("groupId", "in", List.of(1, 2, 3, 4, 5, 6))))));
        assertEquals("subscription exceeds maximum value limit 5 for operator `in`.", error.getMessage());
        InvalidationFilter anyAdmin = InvalidationFilter.compile(filter(group(rule("role", "beginsWith", "admin"))));
        assertTrue(anyAdmin.matches(object("role", "admin:global")));
    }

    @Test
    void requestIsReadFromTheResolverArgumentAndItsPayloadCopied() {
        Map<String, Object> payload = object("groupId", "g1", "userId", "u1");
        InvalidationRequest request = InvalidationRequest.fromJson(
            object("subscriptionField", "onGroupMessageCreated", "payload", payload));
        payload.put("userId", "u9");
        assertEquals("onGroupMessageCreated", request.subscriptionField());
        assertEquals("u1", request.payload().get("userId"));
        assertThrows(UnsupportedOperationException.class, () -> request.payload().put("x", 1));
    }

    @Test
    void malformedRequestsAreRejected() {
        assertEquals("invalidateSubscriptions requires a non-empty `subscriptionField`.",
            assertThrows(FilterException.class,
                () -> InvalidationRequest.fromJson(object("payload", Map.of()))).getMessage());
        assertEquals("invalidateSubscriptions requires a `payload` object.",
            assertThrows(FilterException.class,
                () -> InvalidationRequest.fromJson(object("subscriptionField", "f", "payload", "x"))).getMessage());
        assertThrows(FilterException.class, () -> InvalidationRequest.fromJson("onX"));
        assertThrows(FilterException.class, () -> new InvalidationRequest(" ", Map.of()));
    }
}
