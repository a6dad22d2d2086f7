package io.tributary.resolver;

import io.tributary.datasource.DataSource;
import io.tributary.execution.RequestScope;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/** request handler → data source → response handler, AppSync's UNIT resolver. */
public final class UnitResolver implements FieldResolver {
  private final String coordinate;
  private final ResolverCode code;
  private final DataSource dataSource;

  public UnitResolver(String coordinate, ResolverCode code, DataSource dataSource) {
    this.coordinate = coordinate;
    this.code = code;
    this.dataSource = dataSource;
  }

  @Override
  public String coordinate() {
    return coordinate;
  }

  @Override
  public Future<ResolverOutcome> resolve(ResolverContext ctx, RequestScope scope) {
    HandlerResult request = code.request(ctx);
    ctx.absorb(request);
    if (request.error() != null) {
      return Future.succeededFuture(failed(ctx, request.error()));
    }
    if (request.earlyReturn() != null) {
      return Future.succeededFuture(done(ctx, request.earlyReturn().value(), null));
    }
    return DataSourceStep.run(dataSource, coordinate, request.value(), ctx, scope)
        .map(
            dsFailure -> {
              HandlerResult response = code.response(ctx);
              ctx.absorb(response);
              if (response.error() != null) {
                return failed(ctx, DataSourceStep.enrich(response.error(), dsFailure));
              }
              Object value = response.earlyReturn() != null ? response.earlyReturn().value() : response.value();
              return done(ctx, value, null);
            });
  }

  static ResolverOutcome failed(ResolverContext ctx, ResolverError error) {
    return done(ctx, null, error);
  }

  static ResolverOutcome done(ResolverContext ctx, Object value, ResolverError error) {
    List<ResolverError> errors = new ArrayList<>(ctx.appendedErrors());
    if (error != null) {
      errors.add(error);
    }
    return new ResolverOutcome(value, List.copyOf(errors), ctx.extensions());
  }
}
