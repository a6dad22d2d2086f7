package io.tributary.config;

/**
 * One thing wrong with a configuration document.
 *
 * @param path where the problem is, e.g. {@code server.tls.certificatePath} or
 *     {@code auth.apiKeys[1].expires}; empty for the document itself
 * @param line 1-based YAML line, or 0 when unknown (the binder fills it in from the nearest bound
 *     ancestor when a {@link ConfigValidation} leaves it 0)
 * @param message what is wrong, written for the person editing the file
 */
public record ConfigProblem(String path, int line, String message) {

  public ConfigProblem {
    path = path == null ? "" : path;
  }

  /** A problem whose line the binder will look up from the path. */
  public static ConfigProblem at(String path, String message) {
    return new ConfigProblem(path, 0, message);
  }

  /** The same problem placed on a line. */
  public ConfigProblem withLine(int newLine) {
    return new ConfigProblem(path, newLine, message);
  }

  /** Formats as {@code source:line: path: message}, leaving out the parts that are unknown. */
  public String describe(String source) {
    StringBuilder out = new StringBuilder();
    if (source != null && !source.isEmpty()) {
      out.append(source);
      out.append(line > 0 ? ":" + line : "").append(": ");
    } else if (line > 0) {
      out.append("line ").append(line).append(": ");
    }
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    }
    return out.append(message).toString();
  }
}
