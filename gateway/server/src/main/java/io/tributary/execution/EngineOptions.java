package io.tributary.execution;

import graphql.parser.ParserOptions;

/**
 * The operation limits the engine enforces (AppSync's queryDepthLimit, resolverCountLimit,
 * document size and token limits, introspection switch) and its document cache size.
 *
 * @param queryDepth 0 disables the depth limit
 */
public record EngineOptions(
    int queryDepth,
    int resolverCount,
    int maxDocumentBytes,
    int maxTokens,
    boolean introspection,
    int documentCacheEntries) {

  public static EngineOptions defaults() {
    return new EngineOptions(0, 10_000, 65_536, 15_000, true, 1_000);
  }

  ParserOptions parserOptions() {
    return ParserOptions.newParserOptions()
        .maxTokens(maxTokens)
        .maxWhitespaceTokens(Math.max(maxTokens * 10, 200_000))
        .maxCharacters(maxDocumentBytes)
        .maxRuleDepth(500)
        .captureSourceLocation(true)
        .build();
  }
}
