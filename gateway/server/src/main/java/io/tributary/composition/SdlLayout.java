package io.tributary.composition;

/**
 * Indents multi-line argument lists in printed SDL. graphql-java's printer breaks the arguments
 * of a described field onto separate lines but leaves them at the field's own indentation, which
 * makes the reviewed schema snapshot hard to read:
 *
 * <pre>
 *   listMessages(
 *     conversationId: ID!
 *     limit: Int
 *   ): MessageConnection!
 * </pre>
 */
final class SdlLayout {
  private SdlLayout() {}

  static String indentArguments(String sdl) {
    StringBuilder out = new StringBuilder(sdl.length() + 256);
    String indent = null;
    for (String line : sdl.split("\n", -1)) {
      if (indent == null) {
        out.append(line).append('\n');
        if (line.endsWith("(")) {
          indent = line.substring(0, line.length() - line.stripLeading().length());
        }
        continue;
      }
      int close = closingParenthesis(line);
      if (close < 0) {
        out.append(indent).append("  ").append(line.strip()).append('\n');
        continue;
      }
      String lastArgument = line.substring(0, close).strip();
      if (!lastArgument.isEmpty()) {
        out.append(indent).append("  ").append(lastArgument).append('\n');
      }
      out.append(indent).append(line.substring(close).strip()).append('\n');
      indent = null;
    }
    return out.substring(0, out.length() - 1);
  }

  /** The ')' that closes the argument list: the first one that is unbalanced on this line. */
  private static int closingParenthesis(String line) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
        inString = !inString;
      } else if (!inString && c == '(') {
        depth++;
      } else if (!inString && c == ')' && depth-- == 0) {
        return i;
      }
    }
    return -1;
  }
}
