package io.tributary.resolver.js;

/**
 * Settings of a {@link JsRuntime}.
 *
 * @param timeoutMillis wall-clock budget of one handler invocation; an overrunning handler is
 *     cancelled and reported with errorType {@code ExecutionTimeout}
 * @param maxPooledContexts how many idle JS contexts are kept for reuse; callers beyond that are
 *     still served, with a context that is closed after use
 */
public record JsRuntimeOptions(long timeoutMillis, int maxPooledContexts) {

  /** AppSync-like defaults: 1 s per handler, a couple of contexts per core. */
  public static final JsRuntimeOptions DEFAULTS =
      new JsRuntimeOptions(1000, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));

  public JsRuntimeOptions {
    if (timeoutMillis <= 0) {
      throw new IllegalArgumentException("timeoutMillis must be positive, got " + timeoutMillis);
    }
    if (maxPooledContexts < 1) {
      throw new IllegalArgumentException("maxPooledContexts must be at least 1, got " + maxPooledContexts);
    }
  }
}
