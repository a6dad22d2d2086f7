package io.tributary.composition;

import graphql.language.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every problem of one composition run. AST locations carry the source name
 * ({@code api/file}), which is mapped back to the source API and file here.
 */
final class ProblemLog {
  /** The API name used for problems that belong to the merged API rather than to one source. */
  static final String MERGED = "<merged>";

  private final Map<String, SourceSchema> bySourceName = new HashMap<>();
  private final List<CompositionProblem> problems = new ArrayList<>();

  ProblemLog(List<SourceSchema> sources) {
    sources.forEach(s -> bySourceName.putIfAbsent(s.sourceName(), s));
  }

  /** Records a problem at an AST location. */
  void at(SourceLocation location, String message) {
    if (location == null || location.getSourceName() == null) {
      problems.add(new CompositionProblem(MERGED, "schema", 0, 0, message));
      return;
    }
    SourceSchema source = bySourceName.get(location.getSourceName());
    String api = source == null ? MERGED : source.api();
    String file = source == null ? location.getSourceName() : source.file();
    problems.add(new CompositionProblem(api, file, location.getLine(), location.getColumn(), message));
  }

  /** Records a problem at a descriptor position, which has a line but no column. */
  void atDescriptor(String api, String file, int line, String message) {
    problems.add(new CompositionProblem(api, file, line, 0, message));
  }

  /** Records a problem about a source as a whole (its settings rather than a line of it). */
  void atSource(SourceSchema source, String message) {
    problems.add(new CompositionProblem(source.api(), source.file(), 0, 0, message));
  }

  /** {@code api/file:line} of a location, for messages that name a second place. */
  String where(SourceLocation location) {
    if (location == null) {
      return "?";
    }
    return location.getSourceName() + ":" + location.getLine();
  }

  /** The API a location belongs to, for messages. */
  String apiOf(SourceLocation location) {
    SourceSchema source = location == null ? null : bySourceName.get(location.getSourceName());
    return source == null ? MERGED : source.api();
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<CompositionProblem> all() {
    return List.copyOf(problems);
  }
}
