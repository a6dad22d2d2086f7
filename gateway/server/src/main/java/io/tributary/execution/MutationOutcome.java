package io.tributary.execution;

import java.util.List;
import java.util.Map;

/**
 * A root mutation field's result after its operation finished, keyed by field names (aliases
 * removed) so every subscriber reads the same shape regardless of how the mutation was written.
 *
 * @param data null when the field failed; AppSync publishes nothing then
 * @param invalidations the {@code extensions.invalidateSubscriptions} requests its resolver made
 */
public record MutationOutcome(String fieldName, Object data, List<Map<String, Object>> invalidations) {}
