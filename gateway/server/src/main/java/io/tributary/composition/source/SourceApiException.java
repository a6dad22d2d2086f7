package io.tributary.composition.source;

import java.util.List;

/** One or more source API folders could not be read; lists every problem, one per line. */
public final class SourceApiException extends RuntimeException {
  private final List<String> problems;

  public SourceApiException(List<String> problems) {
    super(String.join("\n", problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
