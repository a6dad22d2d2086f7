package io.tributary.datasource.dynamodb;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.crt.AwsCrtAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * Builds DynamoDB clients on the AWS CRT HTTP client. The SDK's Netty client is built on Netty
 * 4.1 while Vert.x 5 uses 4.2, so the CRT client (its own native I/O) keeps them apart.
 */
public final class DynamoDbClients {
  private DynamoDbClients() {}

  public static DynamoDbAsyncClient create(DynamoDbClientOptions options) {
    return create(options, List.of());
  }

  /** A client with extra interceptors, for instance a {@link CallRecorder}. */
  public static DynamoDbAsyncClient create(
      DynamoDbClientOptions options, List<ExecutionInterceptor> interceptors) {
    ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder()
        .apiCallTimeout(options.callTimeout())
        .retryStrategy(b -> b.maxAttempts(options.maxRetries() + 1));
    interceptors.forEach(overrides::addExecutionInterceptor);
    var builder = DynamoDbAsyncClient.builder()
        .region(Region.of(options.region()))
        .credentialsProvider(credentials(options))
        .httpClientBuilder(AwsCrtAsyncHttpClient.builder()
            .connectionTimeout(connectTimeout(options.callTimeout())))
        .overrideConfiguration(overrides.build());
    if (options.endpoint() != null) {
      builder.endpointOverride(URI.create(options.endpoint()));
    }
    return builder.build();
  }

  private static Duration connectTimeout(Duration callTimeout) {
    Duration cap = Duration.ofSeconds(3);
    return callTimeout.compareTo(cap) < 0 ? callTimeout : cap;
  }

  private static AwsCredentialsProvider credentials(DynamoDbClientOptions options) {
    if (options.accessKeyId() == null) {
      return DefaultCredentialsProvider.builder().build();
    }
    if (options.sessionToken() != null) {
      return StaticCredentialsProvider.create(AwsSessionCredentials.create(
          options.accessKeyId(), options.secretAccessKey(), options.sessionToken()));
    }
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create(options.accessKeyId(), options.secretAccessKey()));
  }
}
