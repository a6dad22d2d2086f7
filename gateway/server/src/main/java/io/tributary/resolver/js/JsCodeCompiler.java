package io.tributary.resolver.js;

import io.tributary.composition.source.LoadedSourceApi;
import io.tributary.resolver.CodeCompiler;
import io.tributary.resolver.CodeRef;
import io.tributary.resolver.ResolverCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compiles APPSYNC_JS modules. AppSync requires every resolver and function module to export
 * both {@code request} and {@code response}; a missing one is reported at start-up, not at the
 * first request.
 */
public final class JsCodeCompiler implements CodeCompiler {
  private final JsRuntime runtime;

  public JsCodeCompiler(JsRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public boolean handles(String runtimeName) {
    return "APPSYNC_JS".equals(runtimeName);
  }

  @Override
  public ResolverCode compile(LoadedSourceApi api, CodeRef ref) {
    if (ref.code() == null) {
      throw new IllegalArgumentException(ref.owner() + ": APPSYNC_JS needs 'code'");
    }
    Path file = api.resolve(ref.code());
    String source = read(file, ref);
    String moduleName = api.name() + "/" + ref.code();
    JsModule module;
    try {
      module = runtime.compile(moduleName, source);
    } catch (JsCompileException e) {
      throw new IllegalArgumentException(ref.owner() + ": " + e.getMessage(), e);
    }
    for (String function : new String[] {"request", "response"}) {
      if (!runtime.exports(module, function)) {
        throw new IllegalArgumentException(ref.owner() + ": " + moduleName + " does not export a '" + function + "' function");
      }
    }
    return new JsResolverCode(runtime, module, moduleName, source);
  }

  private static String read(Path file, CodeRef ref) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(ref.owner() + ": cannot read " + file + " (" + e.getMessage() + ")");
    }
  }
}
