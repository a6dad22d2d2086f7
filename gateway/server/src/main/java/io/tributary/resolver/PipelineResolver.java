package io.tributary.resolver;

import io.tributary.datasource.DataSourceException;
import io.tributary.execution.RequestScope;
import io.vertx.core.Future;
import java.util.List;

/**
 * AppSync's PIPELINE resolver: before handler → each function (request → data source → response)
 * → after handler. Functions share {@code ctx.stash}; each sees the previous step's value as
 * {@code ctx.prev.result}. As in AppSync, {@code runtime.earlyReturn} in the before handler skips
 * the functions and calls the after handler at once; in a function's request handler it skips that
 * function's data source and response and goes on with the next function (or, with
 * {@code skipTo: 'END'}, straight to the after handler). An error raised by any step stops the
 * pipeline and fails the field.
 */
public final class PipelineResolver implements FieldResolver {
  private final String coordinate;
  private final ResolverCode code;
  private final List<PipelineFunction> functions;

  public PipelineResolver(String coordinate, ResolverCode code, List<PipelineFunction> functions) {
    this.coordinate = coordinate;
    this.code = code;
    this.functions = List.copyOf(functions);
  }

  @Override
  public String coordinate() {
    return coordinate;
  }

  @Override
  public Future<ResolverOutcome> resolve(ResolverContext ctx, RequestScope scope) {
    HandlerResult before = code.request(ctx);
    ctx.absorb(before);
    if (before.error() != null) {
      return Future.succeededFuture(UnitResolver.failed(ctx, before.error()));
    }
    if (before.earlyReturn() != null) {
      ctx.prevResult(before.earlyReturn().value());
      return Future.succeededFuture(after(ctx));
    }
    ctx.prevResult(before.value());
    return runFrom(0, ctx, scope);
  }

  private Future<ResolverOutcome> runFrom(int index, ResolverContext ctx, RequestScope scope) {
    if (index == functions.size()) {
      return Future.succeededFuture(after(ctx));
    }
    PipelineFunction function = functions.get(index);
    HandlerResult request = function.code().request(ctx);
    ctx.absorb(request);
    if (request.error() != null) {
      return Future.succeededFuture(UnitResolver.failed(ctx, request.error()));
    }
    if (request.earlyReturn() != null) {
      ctx.prevResult(request.earlyReturn().value());
      int next = request.earlyReturn().skipToEnd() ? functions.size() : index + 1;
      return runFrom(next, ctx, scope);
    }
    return DataSourceStep.run(function.dataSource(), function.id(), request.value(), ctx, scope)
        .compose(dsFailure -> afterFunction(index, function, dsFailure, ctx, scope));
  }

  private Future<ResolverOutcome> afterFunction(
      int index,
      PipelineFunction function,
      DataSourceException dsFailure,
      ResolverContext ctx,
      RequestScope scope) {
    HandlerResult response = function.code().response(ctx);
    ctx.absorb(response);
    if (response.error() != null) {
      return Future.succeededFuture(
          UnitResolver.failed(ctx, DataSourceStep.enrich(response.error(), dsFailure)));
    }
    boolean early = response.earlyReturn() != null;
    ctx.prevResult(early ? response.earlyReturn().value() : response.value());
    int next = early && response.earlyReturn().skipToEnd() ? functions.size() : index + 1;
    return runFrom(next, ctx, scope);
  }

  private ResolverOutcome after(ResolverContext ctx) {
    HandlerResult after = code.response(ctx);
    ctx.absorb(after);
    if (after.error() != null) {
      return UnitResolver.failed(ctx, after.error());
    }
    Object value = after.earlyReturn() != null ? after.earlyReturn().value() : after.value();
    return UnitResolver.done(ctx, value, null);
  }
}
