package io.tributary.aws.lambda;

import io.tributary.resolver.js.JsCompileException;
import io.tributary.resolver.js.JsInvocation;
import io.tributary.resolver.js.JsModule;
import io.tributary.resolver.js.JsOutcome;
import io.tributary.resolver.js.JsRuntime;
import io.vertx.core.Future;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A "Lambda function" that is a JS module in the repository exporting {@code handler(event)}: the
 * embedded default's stand-in for a real function, run in the same sandboxed runtime (and under
 * the same time limit) as APPSYNC_JS resolvers. A thrown error is the function failing, as
 * Lambda reports it ({@code errorType} = the error's name, {@code errorMessage}).
 */
public final class LocalJsLambdaInvoker implements LambdaInvoker {
  private final JsRuntime runtime;
  private final JsModule module;
  private final Path file;

  private LocalJsLambdaInvoker(JsRuntime runtime, JsModule module, Path file) {
    this.runtime = runtime;
    this.module = module;
    this.file = file;
  }

  public static LocalJsLambdaInvoker load(JsRuntime runtime, Path file) {
    try {
      JsModule module = runtime.compile(file.toString(), Files.readString(file));
      if (!runtime.exports(module, "handler")) {
        throw new IllegalArgumentException(file + " does not export a function named handler");
      }
      return new LocalJsLambdaInvoker(runtime, module, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (JsCompileException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public Future<Object> invoke(Object event) {
    Map<String, Object> ctx = event instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of("event", event);
    JsOutcome outcome;
    try {
      outcome = runtime.invoke(module, "handler", new JsInvocation(new java.util.HashMap<>(ctx), false));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    if (outcome.error() != null) {
      String type = outcome.error().errorType() == null ? "Lambda:Unhandled" : outcome.error().errorType();
      return Future.failedFuture(new LambdaFunctionException(type, outcome.error().message()));
    }
    return Future.succeededFuture(outcome.value());
  }

  @Override
  public String describe() {
    return "local module " + file;
  }
}
