package io.tributary.execution;

import io.tributary.execution.limits.OperationLimits;

/**
 * How the engine runs operations: AppSync's operation limits (depth, resolver count, document
 * size and tokens, introspection) and the size of the parsed-document cache.
 */
public record EngineOptions(OperationLimits limits, int documentCacheEntries) {

  public static EngineOptions defaults() {
    return new EngineOptions(OperationLimits.defaults(), 1_000);
  }
}
