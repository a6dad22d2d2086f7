package io.tributary.resolver.js;

import java.util.Set;
import org.graalvm.polyglot.Source;

/**
 * A compiled resolver module: parsed once per runtime, loaded lazily into each pooled context.
 * Obtain it from {@link JsRuntime#compile}; it is only valid with the runtime that made it.
 */
public final class JsModule {

  private final String name;
  private final Source source;
  private final Set<String> exportedFunctions;
  private final JsRuntime owner;

  JsModule(String name, Source source, Set<String> exportedFunctions, JsRuntime owner) {
    this.name = name;
    this.source = source;
    this.exportedFunctions = Set.copyOf(exportedFunctions);
    this.owner = owner;
  }

  /** The name given to {@link JsRuntime#compile}. */
  public String name() {
    return name;
  }

  /** Names of the functions the module exports. */
  public Set<String> exportedFunctions() {
    return exportedFunctions;
  }

  Source source() {
    return source;
  }

  JsRuntime owner() {
    return owner;
  }

  @Override
  public String toString() {
    return "JsModule[" + name + "]";
  }
}
