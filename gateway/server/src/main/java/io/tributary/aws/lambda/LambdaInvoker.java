package io.tributary.aws.lambda;

import io.vertx.core.Future;

/**
 * Calls a Lambda function with a JSON event and returns its JSON answer: the AWS SDK's Lambda
 * client ({@link SdkLambdaInvoker}) or, with no AWS account, a local JS module with the same
 * contract ({@link LocalJsLambdaInvoker}). Used by the Lambda authorizer and Lambda data sources.
 */
public interface LambdaInvoker extends AutoCloseable {

  /**
   * Invokes synchronously (RequestResponse). The future completes on the caller's Vert.x context.
   *
   * @param event plain JSON values (Map, List, String, Number, Boolean, null)
   * @return the function's answer as plain JSON values; fails with {@link LambdaFunctionException}
   *     when the function itself failed (its errorType/errorMessage), with another exception when
   *     the call could not be made
   */
  Future<Object> invoke(Object event);

  /** For logs: which function. */
  String describe();

  @Override
  default void close() {}
}
