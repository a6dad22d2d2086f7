package io.tributary.composition;

/**
 * Where a merged field came from: its coordinate in the owning source API, before any {@code @renamed} and
 * before custom root type names were normalised to Query/Mutation/Subscription.
 */
public record FieldOrigin(String api, String typeName, String fieldName) {
}
