package io.tributary.datasource.dynamodb;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
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

  /**
   * Makes one throw-away call from a worker thread. The SDK marshals requests and resolves
   * credentials on the calling thread, and its first call loads and initialises enough classes
   * (and may query instance metadata for credentials) to stall an event loop, so bootstrap should
   * complete this before serving traffic. Failures (for instance no ListTables permission) are
   * ignored: the warm-up has happened either way.
   */
  public static Future<Void> warmUp(Vertx vertx, DynamoDbAsyncClient client) {
    Context context = vertx.getOrCreateContext();
    return context.executeBlocking(() -> client.listTables(b -> b.limit(1)), false)
        .compose(call -> Future.fromCompletionStage(call, context))
        .<Void>mapEmpty()
        .otherwiseEmpty();
  }

  private static Duration connectTimeout(Duration callTimeout) {
    Duration cap = Duration.ofSeconds(3);
    return callTimeout.compareTo(cap) < 0 ? callTimeout : cap;
  }

  private static AwsCredentialsProvider credentials(DynamoDbClientOptions options) {
    return io.tributary.aws.AwsCredentials.provider(options.accessKeyId(), options.secretAccessKey(),
        options.sessionToken());
  }
}
