package io.tributary.composition;

import java.util.List;
import java.util.Optional;

/** Either every problem found while composing, or the merged graph (never both). */
public final class CompositionResult {
  private final List<CompositionProblem> problems;
  private final MergedGraph graph;

  private CompositionResult(List<CompositionProblem> problems, MergedGraph graph) {
    this.problems = List.copyOf(problems);
    this.graph = graph;
  }

  static CompositionResult failed(List<CompositionProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a failed composition needs at least one problem");
    }
    return new CompositionResult(problems, null);
  }

  static CompositionResult merged(MergedGraph graph) {
    return new CompositionResult(List.of(), graph);
  }

  /** True when the sources merged without problems. */
  public boolean succeeded() {
    return graph != null;
  }

  /** All problems, in source order; empty on success. */
  public List<CompositionProblem> problems() {
    return problems;
  }

  /** The merged graph when composition succeeded. */
  public Optional<MergedGraph> graph() {
    return Optional.ofNullable(graph);
  }

  /** The merged graph, or an exception listing every problem (one per line). */
  public MergedGraph orElseThrow() {
    if (graph != null) {
      return graph;
    }
    StringBuilder text = new StringBuilder("schema composition failed:");
    problems.forEach(p -> text.append(System.lineSeparator()).append(p));
    throw new IllegalStateException(text.toString());
  }
}
