package io.tributary.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** Signs test requests the way AWS clients do (the SDK's SigV4 signer, service appsync). */
final class SigV4Signer {
  private SigV4Signer() {}

  /**
   * The headers of a signed POST of {@code body} to {@code host + path}, with the constant headers
   * AppSync clients sign; {@code signedAt} fakes the client's clock.
   */
  static Map<String, String> sign(String host, String path, String body, String accessKeyId, String secret,
      String sessionToken, Instant signedAt) {
    SdkHttpFullRequest request = SdkHttpFullRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(URI.create("https://" + host + path))
        .putHeader("accept", "application/json, text/javascript")
        .putHeader("content-encoding", "amz-1.0")
        .putHeader("content-type", "application/json; charset=UTF-8")
        .putHeader("host", host)
        .build();
    AwsCredentialsIdentity credentials = sessionToken == null
        ? AwsCredentialsIdentity.create(accessKeyId, secret)
        : AwsSessionCredentialsIdentity.create(accessKeyId, secret, sessionToken);
    var signed = AwsV4HttpSigner.create().sign(r -> r
        .request(request)
        .payload(ContentStreamProvider.fromByteArray(body.getBytes(StandardCharsets.UTF_8)))
        .identity(credentials)
        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "appsync")
        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
    Map<String, String> headers = new LinkedHashMap<>();
    signed.request().headers().forEach((name, values) -> headers.put(name, values.get(0)));
    return headers;
  }
}
