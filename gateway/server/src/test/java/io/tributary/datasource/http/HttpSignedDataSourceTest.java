package io.tributary.datasource.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tributary.auth.AuthRequest;
import io.tributary.auth.iam.SigV4Authenticator;
import io.tributary.config.IamConfig;
import io.tributary.config.IamCredentialConfig;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An HTTP data source with {@code authorization: AWS_IAM} signs each request with SigV4; the test's
 * back end verifies the signature with the gateway's own SigV4 verifier (the SDK signer, re-signing),
 * so method, path, query, headers and body are all covered.
 */
class HttpSignedDataSourceTest {
  private static final Vertx VERTX = Vertx.vertx();
  private static final String KEY = "AKIAHTTPSIGNING0001";
  private static final String SECRET = "http-signing-secret-0000000000000000000";
  private static HttpServer backend;

  @BeforeAll
  static void start() {
    SigV4Authenticator verifier = new SigV4Authenticator(new IamConfig("us-east-1", "execute-api",
        Duration.ofMinutes(5), List.of(new IamCredentialConfig(KEY, SECRET, null, "111122223333", null, null, null,
            null, null))), Clock.systemUTC());
    backend = VERTX.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
      Map<String, String> headers = new HashMap<>();
      request.headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
      AuthRequest signed = new AuthRequest(headers, "127.0.0.1", null, null, request.method().name(), request.uri(),
          body.getBytes(), Map.of());
      verifier.authenticate(signed).onComplete(result -> request.response().setStatusCode(result.succeeded() ? 200 : 403)
          .end(result.succeeded() ? "verified " + result.result().resolverIdentity().get("accountId") : "denied"));
    }));
    Await.result(backend.listen(0, "127.0.0.1"));
  }

  @AfterAll
  static void stop() {
    VERTX.close();
  }

  @Test
  void signedRequestsVerifyAndAWrongSecretDoesNot() throws Exception {
    try (TestGateway gateway = TestGateway.start(copy(), credentials(SECRET))) {
      assertEquals("200 verified 111122223333", gateway.post("{ ping(message: \"hi\") }", null).data("ping"));
    }
    try (TestGateway gateway = TestGateway.start(copy(), credentials("not-the-secret"))) {
      assertEquals("403 denied", gateway.post("{ ping(message: \"hi\") }", null).data("ping"));
    }
  }

  private static Path copy() {
    return TestGateway.fixtureCopy("httpsigned",
        Map.of("http://backend.invalid", "http://127.0.0.1:" + backend.actualPort()));
  }

  private static String credentials(String secret) {
    return """
        httpDataSources:
          credentials: { accessKeyId: %s, secretAccessKey: %s }
        """.formatted(KEY, secret);
  }

}
