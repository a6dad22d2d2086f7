package io.tributary.resolver;

/**
 * An error a resolver raises or appends ({@code util.error}, {@code util.appendError},
 * {@code util.unauthorized}, a data source failure it re-raises, a runtime fault). Becomes one
 * entry of the response's {@code errors} array in AppSync's shape.
 *
 * @param data attached to the error and filtered by the selection set, like AppSync does
 * @param errorInfo free-form, not filtered
 */
public record ResolverError(String message, String errorType, Object data, Object errorInfo) {

  public static ResolverError of(String errorType, String message) {
    return new ResolverError(message, errorType, null, null);
  }
}
