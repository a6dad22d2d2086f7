package io.tributary.resolver;

import java.util.List;
import java.util.Map;

/**
 * What one request or response handler produced, independent of the language it is written in
 * (APPSYNC_JS or VTL).
 *
 * @param value the handler's return value (a request document or a field value)
 * @param stash the stash after the handler ran
 * @param earlyReturn set when the handler called {@code runtime.earlyReturn}
 * @param error set when the handler stopped with an error ({@code util.error}, a thrown
 *     exception, a timeout, {@code util.unauthorized})
 * @param appendedErrors errors added without stopping ({@code util.appendError})
 * @param extensions subscription filters, invalidations and cache evictions the handler requested
 */
public record HandlerResult(
    Object value,
    Map<String, Object> stash,
    EarlyReturn earlyReturn,
    ResolverError error,
    List<ResolverError> appendedErrors,
    ResolverExtensions extensions) {

  /** {@code runtime.earlyReturn(value, {skipTo})}; skipTo is "END" or "NEXT" (the default). */
  public record EarlyReturn(Object value, String skipTo) {
    public boolean skipToEnd() {
      return "END".equals(skipTo);
    }
  }
}
