package io.tributary.composition;

/**
 * One reason the sources cannot be merged, pointing at the place to fix.
 *
 * @param api     the source API the position belongs to
 * @param file    the file inside that source (schema or descriptor)
 * @param line    1-based line, 0 when the problem has no position
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong, naming every API involved
 */
public record CompositionProblem(String api, String file, int line, int column, String message) {
  @Override
  public String toString() {
    return api + "/" + file + ":" + line + ":" + column + ": " + message;
  }
}
