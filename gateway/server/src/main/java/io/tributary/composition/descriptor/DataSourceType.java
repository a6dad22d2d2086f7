package io.tributary.composition.descriptor;

/** The data source kinds, named as AppSync names them. */
public enum DataSourceType {
  /** No backend: the resolver's request result is passed to the response handler (local resolvers). */
  NONE,
  AMAZON_DYNAMODB,
  AMAZON_EVENTBRIDGE,
  /** A Lambda function (or, with no AWS account, a local JS module with the same contract). */
  AWS_LAMBDA,
  HTTP
}
