package io.tributary.resolver.js;

import java.util.List;
import java.util.Map;

/**
 * What one handler invocation produced. Values are plain JSON values.
 *
 * @param value the handler's return value ({@code undefined} becomes {@code null})
 * @param stash {@code ctx.stash} after the handler ran; hand it to the next invocation
 * @param earlyReturn set when the handler called {@code runtime.earlyReturn}
 * @param error the error that ended the handler ({@code util.error}, {@code util.unauthorized},
 *     an uncaught exception, the time limit), or {@code null}
 * @param appendedErrors errors added with {@code util.appendError}
 * @param extensions what the handler asked of {@code extensions}, or {@code null} if nothing
 * @param logs {@code console.*} and {@code util.log.*} lines, each prefixed with its level
 */
public record JsOutcome(
    Object value,
    Map<String, Object> stash,
    EarlyReturn earlyReturn,
    ResolverError error,
    List<ResolverError> appendedErrors,
    Extensions extensions,
    List<String> logs) {

  /** errorType of a handler that ran past the time limit. */
  public static final String EXECUTION_TIMEOUT = "ExecutionTimeout";

  /** errorType of an uncaught exception in resolver code. */
  public static final String CODE_ERROR = "Code";

  public JsOutcome {
    stash = stash == null ? Map.of() : stash;
    appendedErrors = appendedErrors == null ? List.of() : appendedErrors;
    logs = logs == null ? List.of() : logs;
  }

  /** An outcome that is only an error; the stash is the one the handler started with. */
  public static JsOutcome failure(ResolverError error, Map<String, Object> stash) {
    return new JsOutcome(null, stash, null, error, List.of(), null, List.of());
  }

  /** The outcome of a handler cancelled at the time limit. */
  public static JsOutcome timeout(long timeoutMillis, Map<String, Object> stash) {
    String message = "Resolver code exceeded its time limit of " + timeoutMillis + " ms";
    return failure(new ResolverError(message, EXECUTION_TIMEOUT, null, null), stash);
  }

  /** The value as a JSON object; throws if the handler returned something else. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> valueAsMap() {
    if (!(value instanceof Map)) {
      throw new IllegalStateException("the handler returned " + value + ", not an object");
    }
    return (Map<String, Object>) value;
  }

  /** True if the handler ended with an error. */
  public boolean failed() {
    return error != null;
  }

  /**
   * {@code runtime.earlyReturn(value, {skipTo})}.
   *
   * @param skipTo {@code "END"}, {@code "NEXT"}, or null when not given (the default depends on
   *     where it was called, which only the executor knows)
   */
  public record EarlyReturn(Object value, String skipTo) {}

  /** A GraphQL error as AppSync shapes it: errorType, data and errorInfo at the top level. */
  public record ResolverError(String message, String errorType, Object data, Object errorInfo) {}

  /**
   * Calls made on {@code extensions}.
   *
   * @param subscriptionFilter the last {@code setSubscriptionFilter} argument, or null
   * @param subscriptionInvalidationFilter the last {@code setSubscriptionInvalidationFilter}
   *     argument, or null
   * @param invalidations unique {@code invalidateSubscriptions} arguments
   *     ({@code {subscriptionField, payload}}), in call order
   * @param cacheEvictions {@code evictFromApiCache} calls as {@code {typeName, fieldName, keys}}
   */
  public record Extensions(
      Object subscriptionFilter,
      Object subscriptionInvalidationFilter,
      List<Map<String, Object>> invalidations,
      List<Map<String, Object>> cacheEvictions) {

    public Extensions {
      invalidations = invalidations == null ? List.of() : invalidations;
      cacheEvictions = cacheEvictions == null ? List.of() : cacheEvictions;
    }
  }
}
