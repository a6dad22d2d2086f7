package io.tributary.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The credentials every AWS client of the gateway uses: static ones from config, or the SDK's chain. */
public final class AwsCredentials {
  private AwsCredentials() {}

  /** From configuration; null for the default chain. */
  public static AwsCredentialsProvider provider(io.tributary.config.AwsCredentialsConfig credentials) {
    return credentials == null ? provider(null, null, null)
        : provider(credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
  }

  /** @param accessKeyId null for the default chain (refreshed in the background, never on a request) */
  public static AwsCredentialsProvider provider(String accessKeyId, String secretAccessKey, String sessionToken) {
    if (accessKeyId == null) {
      return DefaultCredentialsProvider.builder().asyncCredentialUpdateEnabled(true).build();
    }
    if (sessionToken != null) {
      return StaticCredentialsProvider.create(AwsSessionCredentials.create(accessKeyId, secretAccessKey, sessionToken));
    }
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
  }
}
