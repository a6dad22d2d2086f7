package io.tributary.config;

import java.util.List;

/**
 * The cache of parsed and validated GraphQL documents, keyed by query text.
 *
 * @param maxEntries documents kept; 0 turns the cache off
 */
public record DocumentCacheConfig(int maxEntries) implements ConfigValidation {

  public static DocumentCacheConfig defaults() {
    return new DocumentCacheConfig(1000);
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path).atLeast("maxEntries", maxEntries, 0).problems();
  }
}
