package io.tributary.resolver.js;

import io.tributary.resolver.js.JsOutcome.ResolverError;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/** Turns engine exceptions into resolver-facing errors: the JS message only, never a Java trace. */
final class JsErrors {

  private JsErrors() {}

  static ResolverError codeError(PolyglotException e) {
    String message = e.isGuestException() ? firstLine(e.getMessage()) : "Internal error in the JS runtime";
    return new ResolverError(message, JsOutcome.CODE_ERROR, null, null);
  }

  static JsCompileException compileException(
      String moduleName, PolyglotException e, boolean timedOut, long timeoutMillis) {
    if (timedOut || e.isCancelled()) {
      return new JsCompileException(moduleName,
          moduleName + ": top-level code exceeded the time limit of " + timeoutMillis + " ms", 0, 0);
    }
    SourceSection location = e.getSourceLocation();
    boolean inModule = location != null && location.getSource().getName().startsWith(moduleName);
    int line = inModule ? location.getStartLine() : 0;
    int column = inModule ? location.getStartColumn() : 0;
    String text = withoutLocationPrefix(firstLine(e.getMessage()), location);
    String where = inModule ? moduleName + ":" + line + ":" + column : moduleName;
    return new JsCompileException(moduleName, where + ": " + text, line, column);
  }

  // GraalJS writes syntax errors as "SyntaxError: name:line:col text"; the location is re-added
  // with the caller's module name and a 1-based column.
  private static String withoutLocationPrefix(String message, SourceSection location) {
    if (location == null) {
      return message;
    }
    String prefix = location.getSource().getName() + ":";
    int at = message.indexOf(prefix);
    if (at < 0) {
      return message;
    }
    int space = message.indexOf(' ', at);
    return space < 0 ? message : message.substring(0, at) + message.substring(space + 1);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "Unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
