package io.tributary.interop;

import io.tributary.bootstrap.Gateway;
import io.tributary.config.ConfigBinder;
import io.tributary.config.GatewayConfig;
import io.tributary.testsupport.TestGateway;
import io.vertx.core.Vertx;
import io.vertx.core.net.SelfSignedCertificate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A real gateway serving HTTPS and WSS with a self-signed certificate for "localhost" made at test
 * time, plus an HTTP client that trusts exactly that certificate.
 */
final class TlsGateway implements AutoCloseable {
  private final Vertx vertx;
  private final Gateway gateway;
  private final SelfSignedCertificate certificate;
  private final HttpClient http;

  private TlsGateway(Vertx vertx, Gateway gateway, SelfSignedCertificate certificate) {
    this.vertx = vertx;
    this.gateway = gateway;
    this.certificate = certificate;
    this.http = HttpClient.newBuilder().sslContext(trusting(certificatePath())).connectTimeout(Duration.ofSeconds(5)).build();
  }

  static TlsGateway start(Path sourceApis, String extraYaml) {
    SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
    String yaml = """
        server:
          port: 0
          host: 127.0.0.1
          tls:
            enabled: true
            certificatePath: %s
            keyPath: %s
        sourceApis:
          directory: %s
        auth:
          apiKeys:
            - id: test
              key: %s
              expires: 2099-01-01T00:00:00Z
        """.formatted(certificate.certificatePath(), certificate.privateKeyPath(), sourceApis.toAbsolutePath(),
        TestGateway.API_KEY) + extraYaml;
    GatewayConfig config = new ConfigBinder(Map.of()).bind(yaml, "tls-test.yaml", GatewayConfig.class);
    Vertx vertx = Vertx.vertx();
    try {
      return new TlsGateway(vertx, Gateway.start(vertx, config, TestGateway.repoRoot()), certificate);
    } catch (RuntimeException e) {
      vertx.close();
      certificate.delete();
      throw e;
    }
  }

  Gateway gateway() {
    return gateway;
  }

  /** The PEM certificate clients must trust (for node: NODE_EXTRA_CA_CERTS). */
  String certificatePath() {
    return certificate.certificatePath();
  }

  /** An HTTP/WebSocket client that trusts the gateway's certificate. */
  HttpClient http() {
    return http;
  }

  TestGateway.Response post(String query, Map<String, Object> variables) {
    return JsonHttp.post(http, gateway.graphqlUrl(), query, variables);
  }

  static SSLContext trusting(String pemCertificate) {
    try (InputStream in = Files.newInputStream(Path.of(pemCertificate))) {
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      trusted.setCertificateEntry("gateway", CertificateFactory.getInstance("X.509").generateCertificate(in));
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot trust " + pemCertificate, e);
    }
  }

  @Override
  public void close() {
    gateway.close();
    vertx.close().toCompletionStage().toCompletableFuture().join();
    certificate.delete();
  }
}
