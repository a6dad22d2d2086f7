package io.tributary.datasource.http;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * SigV4 for an HTTP data source's requests to an AWS service endpoint, with the AWS SDK's signer.
 * Credentials are resolved asynchronously (the default chain may call a metadata endpoint), never
 * on the event loop's time.
 */
public final class RequestSigner {
  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

  private final AwsCredentialsProvider credentials;
  private final String region;
  private final String service;

  public RequestSigner(AwsCredentialsProvider credentials, String region, String service) {
    this.credentials = credentials;
    this.region = region;
    this.service = service;
  }

  /** Adds the signature headers ({@code Authorization}, {@code x-amz-date}, …) to {@code headers}. */
  public Future<Void> sign(String method, URI uri, MultiMap headers, String body) {
    return Future.fromCompletionStage(credentials.resolveIdentity()).map(identity -> {
      SdkHttpFullRequest.Builder request = SdkHttpFullRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
      headers.forEach(h -> request.appendHeader(h.getKey(), h.getValue()));
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      var signed = SIGNER.sign(r -> r
          .request(request.build())
          .payload(ContentStreamProvider.fromByteArray(bytes))
          .identity((AwsCredentialsIdentity) identity)
          .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
          .putProperty(AwsV4HttpSigner.REGION_NAME, region));
      signed.request().headers().forEach((name, values) -> {
        if (!name.equalsIgnoreCase("host")) {
          headers.set(name, values.get(0));
        }
      });
      return null;
    });
  }
}
