package io.tributary.observability;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * {@code GET /metrics} in Prometheus text format on its own (admin) port, so metrics are never
 * reachable through the public GraphQL listener.
 */
public final class MetricsServer implements AutoCloseable {
  private final HttpServer server;

  private MetricsServer(HttpServer server) {
    this.server = server;
  }

  public static Future<MetricsServer> start(Vertx vertx, PrometheusMeterRegistry registry, String host, int port) {
    // Plain HTTP/1.1, as Prometheus scrapes; no h2c upgrade dance for clients that try one.
    HttpServer server = vertx.createHttpServer(new io.vertx.core.http.HttpServerOptions().setHttp2ClearTextEnabled(false))
        .requestHandler(request -> {
      if (!"/metrics".equals(request.path())) {
        request.response().setStatusCode(404).end();
        return;
      }
      request.response().putHeader("content-type", "text/plain; version=0.0.4; charset=utf-8").end(registry.scrape());
    });
    return server.listen(port, host).map(MetricsServer::new);
  }

  public int port() {
    return server.actualPort();
  }

  @Override
  public void close() {
    server.close();
  }
}
