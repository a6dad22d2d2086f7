package io.tributary.config;

import java.util.List;

/**
 * Per-request limits, mirroring AppSync's API settings where they exist.
 *
 * @param queryDepth deepest allowed selection nesting; 0 = off, else 1..75 (AppSync's range)
 * @param resolverCount most resolvers one request may invoke, 1..10000 (AppSync's default and max)
 * @param maxDocumentBytes largest GraphQL document (query text) accepted
 * @param maxTokens most parser tokens a document may have, against pathological queries
 * @param introspection whether {@code __schema}/{@code __type} queries are allowed
 */
public record LimitsConfig(int queryDepth, int resolverCount, int maxDocumentBytes, int maxTokens,
    boolean introspection) implements ConfigValidation {

  public static LimitsConfig defaults() {
    return new LimitsConfig(0, 10_000, 65_536, 15_000, true);
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .range("queryDepth", queryDepth, 0, 75)
        .range("resolverCount", resolverCount, 1, 10_000)
        .atLeast("maxDocumentBytes", maxDocumentBytes, 1)
        .atLeast("maxTokens", maxTokens, 1)
        .problems();
  }
}
