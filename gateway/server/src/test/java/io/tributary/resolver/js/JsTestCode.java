package io.tributary.resolver.js;

import io.tributary.resolver.ResolverCode;

/** Test access to the package-private adapter that makes a JS module a {@link ResolverCode}. */
public final class JsTestCode {
  private JsTestCode() {}

  public static ResolverCode compile(JsRuntime runtime, String name, String source) {
    try {
      return new JsResolverCode(runtime, runtime.compile(name, source), name, source);
    } catch (JsCompileException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
