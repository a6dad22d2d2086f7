package io.tributary.realtime.filter;

import java.util.Arrays;
import java.util.Map;

/**
 * A payload field addressed by name segments ({@code location.address.country}), split once at compile time
 * so that evaluation is a plain walk through nested maps.
 */
public final class FieldPath {

    private final String[] segments;
    private final String dotted;

    private FieldPath(String[] segments, String dotted) {
        this.segments = segments;
        this.dotted = dotted;
    }

    /** A path in AppSync's dotted {@code fieldName} notation. Empty segments are the caller's problem. */
    static FieldPath parse(String dotted) {
        return new FieldPath(dotted.split("\\.", -1), dotted);
    }

    /** A single top-level field, never split: used for subscription arguments. */
    static FieldPath topLevel(String name) {
        return new FieldPath(new String[] {name}, name);
    }

    /** Number of segments: 1 for a top-level field. */
    public int depth() {
        return segments.length;
    }

    /**
     * The value at this path, or {@code null} when any step is missing, null, or not an object. A missing
     * field and an explicit JSON null are deliberately indistinguishable: AppSync payloads are mutation
     * results, where an unselected field and a null field look the same to subscribers.
     */
    public Object resolve(Map<String, ?> payload) {
        Object current = payload;
        for (String segment : segments) {
            if (!(current instanceof Map<?, ?> object)) {
                return null;
            }
            current = object.get(segment);
        }
        return current;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldPath path && Arrays.equals(segments, path.segments);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(segments);
    }

    @Override
    public String toString() {
        return dotted;
    }
}
