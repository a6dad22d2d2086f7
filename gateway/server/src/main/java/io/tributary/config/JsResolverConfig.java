package io.tributary.config;

import java.time.Duration;
import java.util.List;

/**
 * The APPSYNC_JS runtime.
 *
 * @param timeout wall-clock time one request or response handler may run before it is cancelled
 *     (a module's top-level code gets at least 5 s, so start-up on a busy machine cannot trip it)
 * @param maxPooledContexts JavaScript contexts kept warm for reuse (each costs memory)
 */
public record JsResolverConfig(Duration timeout, int maxPooledContexts) implements ConfigValidation {

  public static JsResolverConfig defaults() {
    return new JsResolverConfig(Duration.ofSeconds(1), 8);
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .positive("timeout", timeout)
        .atLeast("maxPooledContexts", maxPooledContexts, 1)
        .problems();
  }
}
