package io.tributary.resolver;

import io.tributary.execution.RequestScope;
import io.vertx.core.Future;

/** Resolves one field: a unit resolver or a pipeline. Completes on the scope's context. */
public interface FieldResolver {

  /** The coordinate this resolver is attached to, e.g. {@code Query.getTask}. */
  String coordinate();

  Future<ResolverOutcome> resolve(ResolverContext ctx, RequestScope scope);
}
