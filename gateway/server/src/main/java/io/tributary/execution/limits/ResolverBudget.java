package io.tributary.execution.limits;

/**
 * Counts resolver invocations of one request against {@link OperationLimits#effectiveResolverCount()}.
 *
 * <p>The static check in {@link OperationLimitChecker} counts each selected field once, but a
 * field under a list runs once per element, and AppSync's {@code resolverCountLimit} counts
 * invocations. So the executor also calls {@link #tryAcquire()} before every resolver
 * invocation and fails that field with {@link #violation()} when it answers {@code false}.
 *
 * <p>Confined to the request's event-loop context (like {@code RequestScope}): not thread-safe.
 */
public final class ResolverBudget {
  private final int limit;
  private int used;

  public ResolverBudget(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
    }
    this.limit = limit;
  }

  /** A budget for the limit in force in {@code limits}. */
  public static ResolverBudget of(OperationLimits limits) {
    return new ResolverBudget(limits.effectiveResolverCount());
  }

  /**
   * Takes one invocation from the budget.
   *
   * @return {@code true} if the resolver may run; {@code false} once the limit is used up (and
   *     for every later call: a refused invocation is not counted)
   */
  public boolean tryAcquire() {
    if (used >= limit) {
      return false;
    }
    used++;
    return true;
  }

  /** Invocations granted so far. */
  public int used() {
    return used;
  }

  /** The maximum number of invocations. */
  public int limit() {
    return limit;
  }

  /** Whether a call to {@link #tryAcquire()} would be refused. */
  public boolean exhausted() {
    return used >= limit;
  }

  /** The error for an invocation refused by this budget. */
  public LimitViolation violation() {
    return LimitViolation.resolverCount(limit, "");
  }
}
