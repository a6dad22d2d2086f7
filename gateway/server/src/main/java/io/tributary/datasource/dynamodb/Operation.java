package io.tributary.datasource.dynamodb;

import io.vertx.core.Future;

/** One AppSync DynamoDB operation ({@code GetItem}, {@code Query} ...). */
@FunctionalInterface
interface Operation {
  /**
   * Validates the document completely before any network call, then executes it.
   *
   * @return the AppSync-shaped result as plain JSON
   */
  Future<Object> execute(OperationContext context);
}
