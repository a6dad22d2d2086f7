package io.tributary.config;

import java.util.List;

/**
 * Every problem found in one configuration document, reported together so the operator can fix
 * them in one pass. The message lists one problem per line as {@code source:line: path: message}.
 *
 * <p>Unchecked on purpose: bad configuration stops startup, and callers only catch it at the edge
 * where it is printed.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<ConfigProblem> problems;

  /**
   * @param source the file (or other origin) the problems belong to; may be null
   * @param problems at least one problem
   */
  public ConfigException(String source, List<ConfigProblem> problems) {
    super(format(source, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one problem");
    }
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** The file (or other origin) the problems belong to; may be null. */
  public String source() {
    return source;
  }

  /** Every problem, in document order of discovery. */
  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String format(String source, List<ConfigProblem> problems) {
    String where = source == null ? "configuration" : source;
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    StringBuilder out = new StringBuilder("Invalid ").append(where).append(" (").append(count).append("):");
    for (ConfigProblem problem : problems) {
      out.append(System.lineSeparator()).append("  ").append(problem.describe(source));
    }
    return out.toString();
  }
}
