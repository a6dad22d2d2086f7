package io.tributary.resolver;

import java.util.List;

/**
 * The end of one field's resolution: its value and every error raised or appended on the way.
 * A non-empty {@code errors} with a null value is a failed field; with a value, a partial result.
 */
public record ResolverOutcome(Object value, List<ResolverError> errors, ResolverExtensions extensions) {}
