package io.tributary.config;

/**
 * Static AWS credentials. Absent, AWS mode uses the SDK's default provider chain and LOCAL mode a
 * fixed dummy pair (DynamoDB Local accepts any).
 *
 * @param accessKeyId the access key id
 * @param secretAccessKey the secret access key
 * @param sessionToken optional session token for temporary credentials
 */
public record AwsCredentialsConfig(@Required String accessKeyId, @Required String secretAccessKey,
    String sessionToken) {

  @Override
  public String toString() {
    return "AwsCredentialsConfig[accessKeyId=" + accessKeyId + ", secretAccessKey=***]";
  }
}
