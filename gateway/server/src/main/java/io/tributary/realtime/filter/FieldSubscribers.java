package io.tributary.realtime.filter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subscribers of one subscription field, filed by the value of one equality-constrained path each
 * (see {@link SubscriberIndex}), or kept aside to be evaluated for every event when their filter pins no
 * field.
 */
final class FieldSubscribers<S> {

    private record Registration<S>(S subscriber, PayloadFilter filter, EqualityConstraint constraint) {
    }

    private final Map<S, Registration<S>> all = new HashMap<>();
    private final Map<S, Registration<S>> unindexed = new LinkedHashMap<>();
    private final Map<FieldPath, Map<Object, Map<S, Registration<S>>>> byPath = new LinkedHashMap<>();

    void add(S subscriber, PayloadFilter filter) {
        remove(subscriber);
        EqualityConstraint constraint = choose(filter.equalityConstraints());
        Registration<S> registration = new Registration<>(subscriber, filter, constraint);
        all.put(subscriber, registration);
        if (constraint == null) {
            unindexed.put(subscriber, registration);
            return;
        }
        Map<Object, Map<S, Registration<S>>> byValue = byPath.computeIfAbsent(constraint.path(), p -> new HashMap<>());
        for (Object key : constraint.keys()) {
            byValue.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(subscriber, registration);
        }
    }

    boolean remove(S subscriber) {
        Registration<S> registration = all.remove(subscriber);
        if (registration == null) {
            return false;
        }
        EqualityConstraint constraint = registration.constraint();
        if (constraint == null) {
            unindexed.remove(subscriber);
            return true;
        }
        Map<Object, Map<S, Registration<S>>> byValue = byPath.get(constraint.path());
        for (Object key : constraint.keys()) {
            Map<S, Registration<S>> bucket = byValue.get(key);
            bucket.remove(subscriber);
            if (bucket.isEmpty()) {
                byValue.remove(key);
            }
        }
        if (byValue.isEmpty()) {
            byPath.remove(constraint.path());
        }
        return true;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    int size() {
        return all.size();
    }

    /** Number of distinct paths subscribers are filed under: the per-event lookup cost. */
    int indexedPaths() {
        return byPath.size();
    }

    /** Matching subscribers, collected before anyone is called back so callbacks may add or remove. */
    List<S> matching(Map<String, ?> payload) {
        List<S> matched = new ArrayList<>();
        for (Map.Entry<FieldPath, Map<Object, Map<S, Registration<S>>>> path : byPath.entrySet()) {
            Object key = Values.indexKey(path.getKey().resolve(payload));
            Map<S, Registration<S>> bucket = key == null ? null : path.getValue().get(key);
            if (bucket != null) {
                collect(bucket.values(), payload, matched);
            }
        }
        collect(unindexed.values(), payload, matched);
        return matched;
    }

    private static <S> void collect(Collection<Registration<S>> candidates, Map<String, ?> payload, List<S> out) {
        for (Registration<S> candidate : candidates) {
            if (candidate.filter().matches(payload)) {
                out.add(candidate.subscriber());
            }
        }
    }

    /** Joining a path already in use keeps the number of lookups per event small. */
    private EqualityConstraint choose(List<EqualityConstraint> constraints) {
        for (EqualityConstraint constraint : constraints) {
            if (byPath.containsKey(constraint.path())) {
                return constraint;
            }
        }
        return constraints.isEmpty() ? null : constraints.get(0);
    }
}
