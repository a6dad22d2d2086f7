package io.tributary.resolver.js;

/** Resolver code that does not parse, link or load; the message names the line and column. */
public final class JsCompileException extends Exception {

  private final String moduleName;
  private final int line;
  private final int column;

  JsCompileException(String moduleName, String message, int line, int column) {
    super(message);
    this.moduleName = moduleName;
    this.line = line;
    this.column = column;
  }

  /** The name the module was compiled under. */
  public String moduleName() {
    return moduleName;
  }

  /** 1-based line of the problem, or 0 if unknown. */
  public int line() {
    return line;
  }

  /** 1-based column of the problem, or 0 if unknown. */
  public int column() {
    return column;
  }
}
