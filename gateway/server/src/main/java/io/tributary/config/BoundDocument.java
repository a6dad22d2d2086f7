package io.tributary.config;

import java.util.Map;

/**
 * A bound configuration value together with where each of its keys was written.
 *
 * @param value the bound record
 * @param lines the 1-based YAML line of every path the document gave (record components, map keys
 *     such as {@code resolvers."Query.getTask"}, list elements such as {@code auth.apiKeys[0]})
 * @param <T> the record type
 */
public record BoundDocument<T>(T value, Map<String, Integer> lines) {

  public BoundDocument {
    lines = Map.copyOf(lines);
  }

  /** The line of {@code path} or of its nearest written ancestor; 0 when none was written. */
  public int lineOf(String path) {
    String current = path;
    while (!current.isEmpty()) {
      Integer line = lines.get(current);
      if (line != null) {
        return line;
      }
      current = ConfigPaths.parent(current);
    }
    return 0;
  }
}
