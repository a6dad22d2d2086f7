package io.tributary.resolver.js;

import io.tributary.resolver.HandlerResult;
import io.tributary.resolver.OperationKind;
import io.tributary.resolver.ResolverContext;
import io.tributary.resolver.ResolverError;
import io.tributary.resolver.ResolverExtensions;
import java.util.List;
import java.util.logging.Logger;

/** An APPSYNC_JS module as {@link io.tributary.resolver.ResolverCode}. */
final class JsResolverCode implements io.tributary.resolver.ResolverCode {
  private static final Logger LOG = Logger.getLogger("io.tributary.resolver.console");

  private final JsRuntime runtime;
  private final JsModule module;
  private final String origin;
  private final boolean readsSelectionSet;

  JsResolverCode(JsRuntime runtime, JsModule module, String origin, String source) {
    this.runtime = runtime;
    this.module = module;
    this.origin = origin;
    this.readsSelectionSet = source.contains("selectionSet");
  }

  @Override
  public String origin() {
    return origin;
  }

  @Override
  public boolean readsSelectionSet() {
    return readsSelectionSet;
  }

  @Override
  public HandlerResult request(ResolverContext ctx) {
    return invoke("request", ctx);
  }

  @Override
  public HandlerResult response(ResolverContext ctx) {
    return invoke("response", ctx);
  }

  private HandlerResult invoke(String function, ResolverContext ctx) {
    JsInvocation invocation = new JsInvocation(ctx.toMap(readsSelectionSet), ctx.operation() == OperationKind.MUTATION);
    JsOutcome outcome = runtime.invoke(module, function, invocation);
    for (String line : outcome.logs()) {
      LOG.info(() -> origin + ": " + line);
    }
    return new HandlerResult(
        outcome.value(),
        outcome.stash(),
        outcome.earlyReturn() == null
            ? null
            : new HandlerResult.EarlyReturn(outcome.earlyReturn().value(), outcome.earlyReturn().skipTo()),
        convert(outcome.error()),
        outcome.appendedErrors().stream().map(JsResolverCode::convert).toList(),
        extensions(outcome.extensions()));
  }

  private static ResolverError convert(JsOutcome.ResolverError e) {
    return e == null ? null : new ResolverError(e.message(), e.errorType(), e.data(), e.errorInfo());
  }

  private static ResolverExtensions extensions(JsOutcome.Extensions e) {
    if (e == null) {
      return ResolverExtensions.NONE;
    }
    return new ResolverExtensions(
        e.subscriptionFilter(),
        e.subscriptionInvalidationFilter(),
        e.invalidations() == null ? List.of() : e.invalidations(),
        e.cacheEvictions() == null ? List.of() : e.cacheEvictions());
  }
}
