package io.tributary.aws.lambda;

import io.tributary.http.JsonCodec;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * A real Lambda function through the AWS SDK's async client (CRT HTTP client). Results come back on
 * the caller's Vert.x context; the SDK's own threads never run gateway code.
 */
public final class SdkLambdaInvoker implements LambdaInvoker {
  private final LambdaAsyncClient client;
  private final String function;

  private SdkLambdaInvoker(LambdaAsyncClient client, String function) {
    this.client = client;
    this.function = function;
  }

  /**
   * @param endpoint null for the region's Lambda endpoint
   * @param credentials null for the SDK's default chain
   */
  public static SdkLambdaInvoker create(String function, String region, URI endpoint,
      io.tributary.config.AwsCredentialsConfig credentials, Duration timeout) {
    return new SdkLambdaInvoker(io.tributary.aws.AwsClients.configure(LambdaAsyncClient.builder(), region, endpoint,
        credentials, timeout).build(), function);
  }

  @Override
  public Future<Object> invoke(Object event) {
    Context context = Vertx.currentContext();
    InvokeRequest request = InvokeRequest.builder()
        .functionName(function)
        .invocationType(InvocationType.REQUEST_RESPONSE)
        .payload(SdkBytes.fromByteArray(JsonCodec.write(event)))
        .build();
    Future<InvokeResponse> response = context == null
        ? Future.fromCompletionStage(client.invoke(request))
        : Future.fromCompletionStage(client.invoke(request), context);
    return response.map(SdkLambdaInvoker::answer);
  }

  private static Object answer(InvokeResponse response) {
    byte[] bytes = response.payload() == null ? new byte[0] : response.payload().asByteArray();
    Object payload = bytes.length == 0 ? null : JsonCodec.parse(bytes);
    if (response.functionError() != null) {
      String type = "Lambda:Unhandled";
      String message = "The Lambda function failed (" + response.functionError() + ").";
      if (payload instanceof Map<?, ?> error) {
        if (error.get("errorType") instanceof String t) {
          type = t;
        }
        if (error.get("errorMessage") instanceof String m) {
          message = m;
        }
      }
      throw new LambdaFunctionException(type, message);
    }
    return payload;
  }

  @Override
  public String describe() {
    return "Lambda function " + function;
  }

  @Override
  public void close() {
    client.close();
  }
}
