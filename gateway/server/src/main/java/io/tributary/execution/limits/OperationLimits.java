package io.tributary.execution.limits;

/**
 * Per-API limits on one GraphQL operation, after AppSync's API settings.
 *
 * @param queryDepth maximum depth of field nesting, like AppSync {@code queryDepthLimit}:
 *     0-{@value #MAX_QUERY_DEPTH}, {@code 0} meaning no limit (AppSync's default; the parser and
 *     validator still stop at about 100, see {@link ParseLimits}). {@code { a { b } }} has depth 2.
 * @param resolverCount maximum resolver invocations per request, like AppSync
 *     {@code resolverCountLimit}; {@code 0} means AppSync's default of {@value #DEFAULT_RESOLVER_COUNT}
 * @param maxDocumentBytes maximum size of the query text in UTF-8 bytes
 * @param maxTokens maximum number of grammar tokens the parser reads before it gives up
 * @param introspection whether {@code __schema} and {@code __type} may be queried (AppSync
 *     {@code introspectionConfig ENABLED}); {@code __typename} is always allowed
 */
public record OperationLimits(int queryDepth, int resolverCount, int maxDocumentBytes, int maxTokens,
    boolean introspection) {

  /** AppSync's maximum {@code queryDepthLimit}; deeper documents are refused by the parser anyway. */
  public static final int MAX_QUERY_DEPTH = 75;
  /** AppSync's default and maximum {@code resolverCountLimit}. */
  public static final int DEFAULT_RESOLVER_COUNT = 10_000;
  /** graphql-java's default document size limit (1 MiB of characters), used as a byte limit. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 1024 * 1024;
  /** graphql-java's default grammar token limit. */
  public static final int DEFAULT_MAX_TOKENS = 15_000;

  public OperationLimits {
    requireAtLeast("queryDepth", queryDepth, 0);
    if (queryDepth > MAX_QUERY_DEPTH) {
      throw new IllegalArgumentException(
          "queryDepth must be at most " + MAX_QUERY_DEPTH + " but was " + queryDepth);
    }
    requireAtLeast("resolverCount", resolverCount, 0);
    requireAtLeast("maxDocumentBytes", maxDocumentBytes, 1);
    requireAtLeast("maxTokens", maxTokens, 1);
  }

  /** AppSync's defaults: no depth limit, 10,000 resolvers, introspection on. */
  public static OperationLimits defaults() {
    return new OperationLimits(0, DEFAULT_RESOLVER_COUNT, DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_TOKENS,
        true);
  }

  /** The resolver limit in force: {@link #resolverCount()}, or the default when it is 0. */
  public int effectiveResolverCount() {
    return resolverCount == 0 ? DEFAULT_RESOLVER_COUNT : resolverCount;
  }

  /** Whether a depth limit applies at all. */
  public boolean limitsDepth() {
    return queryDepth > 0;
  }

  private static void requireAtLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + " but was " + value);
    }
  }
}
