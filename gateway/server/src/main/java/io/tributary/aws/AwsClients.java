package io.tributary.aws;

import io.tributary.config.AwsCredentialsConfig;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.awscore.client.builder.AwsAsyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.crt.AwsCrtAsyncHttpClient;
import software.amazon.awssdk.regions.Region;

/** The setup every AWS async client of the gateway shares: region, credentials, CRT client, timeouts. */
public final class AwsClients {
  private AwsClients() {}

  /** @param endpoint null for the region's endpoint; @param credentials null for the SDK's chain */
  public static <B extends AwsClientBuilder<B, ?> & AwsAsyncClientBuilder<B, ?>> B configure(B builder, String region,
      URI endpoint, AwsCredentialsConfig credentials, Duration timeout) {
    builder.region(Region.of(region))
        .credentialsProvider(AwsCredentials.provider(credentials))
        .httpClientBuilder(AwsCrtAsyncHttpClient.builder().connectionTimeout(timeout))
        .overrideConfiguration(o -> o.apiCallTimeout(timeout));
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder;
  }
}
