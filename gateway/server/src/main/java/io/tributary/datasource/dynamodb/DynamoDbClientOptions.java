package io.tributary.datasource.dynamodb;

import java.time.Duration;

/**
 * How to reach DynamoDB.
 *
 * @param region AWS region; any value works against DynamoDB Local
 * @param endpoint endpoint override such as {@code http://127.0.0.1:8000}, null for AWS
 * @param accessKeyId static credentials; null means the default provider chain
 * @param secretAccessKey static credentials, required with {@code accessKeyId}
 * @param sessionToken optional session token for temporary static credentials
 * @param callTimeout the whole-call budget including SDK retries (apiCallTimeout)
 * @param maxRetries SDK retry attempts after the first try
 */
public record DynamoDbClientOptions(String region, String endpoint, String accessKeyId,
    String secretAccessKey, String sessionToken, Duration callTimeout, int maxRetries) {

  public DynamoDbClientOptions {
    if (region == null || region.isBlank()) {
      throw new IllegalArgumentException("region is required");
    }
    if ((accessKeyId == null) != (secretAccessKey == null)) {
      throw new IllegalArgumentException("accessKeyId and secretAccessKey go together");
    }
    if (callTimeout == null || callTimeout.isNegative() || callTimeout.isZero()) {
      throw new IllegalArgumentException("callTimeout must be positive");
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative");
    }
  }

  /** Options for a DynamoDB Local endpoint with dummy static credentials. */
  public static DynamoDbClientOptions local(String endpoint) {
    return new DynamoDbClientOptions("us-east-1", endpoint, "local", "local", null,
        Duration.ofSeconds(10), 2);
  }
}
