package io.tributary.execution;

import graphql.ExecutionResult;

/**
 * A subscription start after validation, authorization and its resolver: either a plan to
 * register, or the errors to send the client instead.
 *
 * @param plan null when {@code result} carries errors
 */
public record PreparedSubscription(ExecutionResult result, SubscriptionPlan plan) {

  public boolean accepted() {
    return plan != null && result.getErrors().isEmpty();
  }
}
