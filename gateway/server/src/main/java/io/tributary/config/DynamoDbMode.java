package io.tributary.config;

/** Where DynamoDB runs. */
public enum DynamoDbMode {
  /** DynamoDB Local, started by the gateway in its own JVM (development). */
  LOCAL,
  /** The real service (or any endpoint given in {@code dynamodb.endpoint}). */
  AWS
}
