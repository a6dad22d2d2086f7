package io.tributary.auth.jwt;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * An issuer's JWKS over HTTP(S), read with Vert.x's non-blocking client. Either the JWKS address is
 * known (Cognito: {@code <iss>/.well-known/jwks.json}) or it is discovered from the issuer's
 * {@code /.well-known/openid-configuration} ({@code jwks_uri}), as OIDC clients do.
 */
public final class HttpJwksSource implements JwksSource {
  /** JWKS documents are a few KB; anything far larger is not one. */
  private static final int MAX_BYTES = 1 << 20;

  private final HttpClient client;
  private final URI jwksUri;
  private final URI discoveryUri;
  private final Duration timeout;
  private final Clock clock;

  private HttpJwksSource(Vertx vertx, URI jwksUri, URI discoveryUri, Duration timeout, Clock clock) {
    this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
        .setConnectTimeout((int) timeout.toMillis()));
    this.jwksUri = jwksUri;
    this.discoveryUri = discoveryUri;
    this.timeout = timeout;
    this.clock = clock;
  }

  /** Reads the JWKS at {@code jwksUri}. */
  public static HttpJwksSource direct(Vertx vertx, URI jwksUri, Duration timeout, Clock clock) {
    return new HttpJwksSource(vertx, jwksUri, null, timeout, clock);
  }

  /** Discovers the JWKS address from {@code issuer}'s OpenID configuration on every fetch. */
  public static HttpJwksSource discovered(Vertx vertx, String issuer, Duration timeout, Clock clock) {
    String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    return new HttpJwksSource(vertx, null, URI.create(base + "/.well-known/openid-configuration"), timeout, clock);
  }

  @Override
  public Future<JwtKeys> fetch() {
    Future<URI> where = jwksUri != null ? Future.succeededFuture(jwksUri) : discover();
    return where.compose(this::getJson).map(json -> JwtKeys.of(json, clock.instant()));
  }

  private Future<URI> discover() {
    return getJson(discoveryUri).compose(config -> {
      String uri = config.getString("jwks_uri");
      if (uri == null) {
        return Future.failedFuture(new IllegalStateException(discoveryUri + " names no jwks_uri"));
      }
      return Future.succeededFuture(URI.create(uri));
    });
  }

  private Future<JsonObject> getJson(URI uri) {
    boolean tls = "https".equalsIgnoreCase(uri.getScheme());
    int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
    String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(uri.getHost()).setPort(port)
        .setSsl(tls).setURI(path).setIdleTimeout(timeout.toMillis()).putHeader("accept", "application/json");
    return client.request(options)
        .compose(request -> request.send())
        .compose(response -> {
          if (response.statusCode() != 200) {
            return Future.failedFuture(new IllegalStateException("GET " + uri + " answered " + response.statusCode()));
          }
          return response.body();
        })
        .compose(body -> parse(uri, body));
  }

  private static Future<JsonObject> parse(URI uri, Buffer body) {
    if (body.length() > MAX_BYTES) {
      return Future.failedFuture(new IllegalStateException(uri + " answered " + body.length() + " bytes"));
    }
    try {
      return Future.succeededFuture(new JsonObject(body));
    } catch (RuntimeException e) {
      return Future.failedFuture(new IllegalStateException(uri + " did not answer a JSON object"));
    }
  }

  @Override
  public String describe() {
    return jwksUri != null ? jwksUri.toString() : discoveryUri.toString();
  }
}
