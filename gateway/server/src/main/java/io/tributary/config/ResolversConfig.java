package io.tributary.config;

/**
 * Resolver runtimes.
 *
 * @param js the APPSYNC_JS runtime
 */
public record ResolversConfig(JsResolverConfig js) {

  public static ResolversConfig defaults() {
    return new ResolversConfig(JsResolverConfig.defaults());
  }
}
