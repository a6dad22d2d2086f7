package io.tributary.execution;

import graphql.schema.DataFetchingEnvironment;
import io.tributary.resolver.ResolverContext;
import io.tributary.resolver.ResolverOutcome;

/**
 * Observes every resolver that finished, on the operation's event loop. The real-time layer uses
 * it to learn which mutations succeeded (and their invalidation requests); observability uses it
 * for per-resolver metrics. No-op by default.
 */
public interface ResolutionListener {
  ResolutionListener NONE = (env, ctx, outcome) -> {};

  void resolved(DataFetchingEnvironment env, ResolverContext ctx, ResolverOutcome outcome);
}
