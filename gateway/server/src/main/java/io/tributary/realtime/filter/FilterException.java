package io.tributary.realtime.filter;

/**
 * A subscription or invalidation filter was rejected when it was compiled: malformed JSON shape, an unknown
 * operator, a value of the wrong type, or an AppSync limit exceeded.
 *
 * <p>The message is written for the client, in the wording AppSync uses where it is known (for example
 * {@code subscription exceeds maximum value limit 5 for operator `in`.}), so the real-time layer can put it
 * unchanged into the {@code errors[].message} of the subscription's error frame (AppSync sends these with
 * {@code errorCode} 400).
 */
public final class FilterException extends RuntimeException {

    /** @param message client-facing description of what is wrong with the filter */
    public FilterException(String message) {
        super(message, null, false, false);
    }
}
