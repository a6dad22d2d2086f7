package io.tributary.realtime.filter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The subscribers of one event loop, grouped by subscription field and, within a field, filed by the value
 * their filter requires at some path, so that an event on {@code conversationId = "c42"} reaches the
 * subscribers of that conversation without the filters of the 10,000 others being evaluated.
 *
 * <p>A filter's {@link PayloadFilter#equalityConstraints()} name the paths it pins ({@code eq}/{@code in} in
 * every OR group of an enhanced filter, every non-null scalar argument of basic filtering). The subscriber is
 * filed under one of them, preferring a path other subscribers of the field already use; filters that pin
 * nothing are kept in a list evaluated for every event. A candidate's full filter is always evaluated, so the
 * index only ever narrows, never decides.
 *
 * <p>Complexity, with k the number of values the chosen constraint allows (1 for an argument, at most 10
 * for an enhanced filter): {@code add} and {@code remove} are O(k) expected. {@code forEachMatch} costs one
 * path resolution per distinct indexed path of the field (P, usually 1), plus one filter evaluation per
 * subscriber filed under the event's value (C) and per unindexed subscriber (U): O(P + C + U) instead of
 * O(all subscribers of the field).
 *
 * <p>Not thread-safe by design: keep one instance per event loop and touch it only from that loop.
 * Subscribers are told apart by {@code equals}/{@code hashCode}; adding one again for the same field
 * replaces its filter.
 *
 * @param <S> the real-time layer's subscription handle
 */
public final class SubscriberIndex<S> {

    private final Map<String, FieldSubscribers<S>> byField = new HashMap<>();

    /** Registers (or re-registers) a subscriber of {@code field} with the filter deciding its events. */
    public void add(String field, S subscriber, PayloadFilter filter) {
        if (field == null || subscriber == null || filter == null) {
            throw new IllegalArgumentException("field, subscriber and filter are required");
        }
        byField.computeIfAbsent(field, f -> new FieldSubscribers<>()).add(subscriber, filter);
    }

    /** @return whether the subscriber was registered for {@code field} */
    public boolean remove(String field, S subscriber) {
        FieldSubscribers<S> subscribers = byField.get(field);
        if (subscribers == null || !subscribers.remove(subscriber)) {
            return false;
        }
        if (subscribers.isEmpty()) {
            byField.remove(field);
        }
        return true;
    }

    /**
     * Calls {@code action} once for every subscriber of {@code field} whose filter accepts {@code payload}.
     * Matches are collected first, so the action may add or remove subscribers (an invalidation typically
     * removes the very subscriber it is called with).
     */
    public void forEachMatch(String field, Map<String, ?> payload, Consumer<? super S> action) {
        FieldSubscribers<S> subscribers = byField.get(field);
        if (subscribers == null) {
            return;
        }
        List<S> matched = subscribers.matching(payload);
        for (S subscriber : matched) {
            action.accept(subscriber);
        }
    }

    /** Number of subscribers registered for {@code field}. */
    public int size(String field) {
        FieldSubscribers<S> subscribers = byField.get(field);
        return subscribers == null ? 0 : subscribers.size();
    }

    /** Number of distinct paths the subscribers of {@code field} are filed under (lookups per event). */
    public int indexedPaths(String field) {
        FieldSubscribers<S> subscribers = byField.get(field);
        return subscribers == null ? 0 : subscribers.indexedPaths();
    }
}
