package io.tributary.auth.iam;

import io.tributary.auth.AuthRequest;
import io.tributary.auth.Authenticator;
import io.tributary.auth.Identity;
import io.tributary.auth.SourceIps;
import io.tributary.auth.UnauthorizedException;
import io.tributary.config.AuthMode;
import io.tributary.config.IamConfig;
import io.tributary.config.IamCredentialConfig;
import io.vertx.core.Future;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * AWS_IAM: verifies a SigV4 signature by signing the same request again with the AWS SDK's own
 * signer (same method, path, query, signed headers, body and {@code x-amz-date}) and the
 * configured secret, then comparing signatures in constant time. A changed body, path, header or
 * date, a wrong secret, a date outside {@code maxDateSkew}, a wrong region or service, or a missing
 * or different {@code x-amz-security-token} all fail.
 *
 * <p>There is no IAM policy engine: a valid signature of a listed key is the caller; the
 * {@code @aws_iam} field rules decide what it may read.
 */
public final class SigV4Authenticator implements Authenticator {
  private static final Logger LOG = Logger.getLogger(SigV4Authenticator.class.getName());
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

  private final IamConfig config;
  private final Map<String, IamCredentialConfig> keys;
  private final Clock clock;

  public SigV4Authenticator(IamConfig config, Clock clock) {
    this.config = config;
    this.keys = config.credentials().stream()
        .collect(Collectors.toUnmodifiableMap(IamCredentialConfig::accessKeyId, Function.identity()));
    this.clock = clock;
  }

  @Override
  public AuthMode mode() {
    return AuthMode.AWS_IAM;
  }

  @Override
  public boolean claims(AuthRequest request) {
    String header = request.header("authorization");
    return header != null && header.startsWith(SigV4Authorization.SCHEME);
  }

  @Override
  public Future<Identity> authenticate(AuthRequest request) {
    SigV4Authorization auth = SigV4Authorization.parse(request.header("authorization"));
    if (auth == null) {
      return deny("malformed SigV4 Authorization header");
    }
    IamCredentialConfig key = keys.get(auth.accessKeyId());
    if (key == null) {
      return deny("unknown access key " + auth.accessKeyId());
    }
    if (!config.region().equals(auth.region()) || !config.service().equals(auth.service())) {
      return deny("signed for " + auth.region() + "/" + auth.service());
    }
    Instant signedAt;
    try {
      signedAt = Instant.from(AMZ_DATE.parse(String.valueOf(request.header("x-amz-date"))));
    } catch (DateTimeParseException e) {
      return deny("missing or malformed x-amz-date");
    }
    if (Duration.between(signedAt, clock.instant()).abs().compareTo(config.maxDateSkew()) > 0) {
      return deny("x-amz-date " + signedAt + " is outside the allowed skew");
    }
    if (!AMZ_DATE.format(signedAt).startsWith(auth.date())) {
      return deny("credential scope date differs from x-amz-date");
    }
    String presentedToken = request.header("x-amz-security-token");
    if (key.sessionToken() != null && (presentedToken == null || !equal(key.sessionToken(), presentedToken))) {
      return deny("missing or wrong x-amz-security-token");
    }
    if (!auth.signedHeaders().contains("host") || !auth.signedHeaders().contains("x-amz-date")) {
      return deny("host and x-amz-date must be signed");
    }
    String expected;
    try {
      expected = signature(request, auth, key, signedAt);
    } catch (RuntimeException e) {
      return deny("cannot re-sign the request: " + e.getMessage());
    }
    if (expected == null || !equal(expected, auth.signature())) {
      return deny("signature mismatch");
    }
    return Future.succeededFuture(identity(key, request));
  }

  /** The signature the SDK's signer computes for this request, or null if it signs other headers. */
  private String signature(AuthRequest request, SigV4Authorization auth, IamCredentialConfig key, Instant signedAt) {
    URI uri = URI.create("https://" + request.header("host") + request.path());
    SdkHttpFullRequest.Builder builder = SdkHttpFullRequest.builder()
        .method(SdkHttpMethod.fromValue(request.method()))
        .uri(uri);
    for (String name : auth.signedHeaders()) {
      if (name.equals("x-amz-security-token") && key.sessionToken() != null) {
        continue; // the signer adds it from the session credentials
      }
      String value = request.header(name);
      if (value == null) {
        return null;
      }
      builder.putHeader(name, value);
    }
    byte[] body = request.body();
    AwsCredentialsIdentity credentials = key.sessionToken() == null
        ? AwsCredentialsIdentity.create(key.accessKeyId(), key.secretAccessKey())
        : AwsSessionCredentialsIdentity.create(key.accessKeyId(), key.secretAccessKey(), key.sessionToken());
    SignedRequest signed = SIGNER.sign(r -> r
        .request(builder.build())
        .payload(ContentStreamProvider.fromByteArray(body))
        .identity(credentials)
        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, auth.service())
        .putProperty(AwsV4HttpSigner.REGION_NAME, auth.region())
        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
    SdkHttpRequest out = signed.request();
    String header = out.firstMatchingHeader("Authorization").orElse(null);
    SigV4Authorization resigned = SigV4Authorization.parse(header);
    if (resigned == null || !Set.copyOf(resigned.signedHeaders()).equals(Set.copyOf(auth.signedHeaders()))) {
      return null;
    }
    return resigned.signature();
  }

  private static Identity identity(IamCredentialConfig key, AuthRequest request) {
    Map<String, Object> identity = new LinkedHashMap<>();
    identity.put("accountId", key.accountId());
    identity.put("cognitoIdentityPoolId", key.cognitoIdentityPoolId());
    identity.put("cognitoIdentityId", key.cognitoIdentityId());
    identity.put("sourceIp", SourceIps.of(request));
    identity.put("username", key.username() != null ? key.username() : key.accessKeyId());
    identity.put("userArn", key.userArn());
    identity.put("cognitoIdentityAuthType", key.cognitoIdentityAuthType());
    identity.put("cognitoIdentityAuthProvider", null);
    return new Identity(AuthMode.AWS_IAM, Collections.unmodifiableMap(identity), Set.of(), Set.of(),
        "iam:" + key.accessKeyId(), null, false);
  }

  private static boolean equal(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static Future<Identity> deny(String reason) {
    LOG.fine(() -> "rejected a SigV4 request: " + reason);
    return Future.failedFuture(new UnauthorizedException(UnauthorizedException.NOT_AUTHORIZED));
  }
}
