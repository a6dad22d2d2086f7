package io.tributary.bootstrap;

import io.tributary.http.HttpRoutes;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.function.Consumer;

/**
 * One HTTP server per event loop, all listening on the same port (Vert.x spreads connections
 * across them). The routes and engine are shared; only the server and router are per loop.
 */
final class GatewayVerticle extends VerticleBase {
  private final HttpServerOptions options;
  private final HttpRoutes.Endpoints endpoints;
  private final Consumer<HttpServer> webSockets;
  private HttpServer server;

  GatewayVerticle(HttpServerOptions options, HttpRoutes.Endpoints endpoints, Consumer<HttpServer> webSockets) {
    this.options = options;
    this.endpoints = endpoints;
    this.webSockets = webSockets;
  }

  @Override
  public Future<?> start() {
    Router router = HttpRoutes.create(vertx, endpoints);
    server = vertx.createHttpServer(options).requestHandler(router);
    webSockets.accept(server);
    return server.listen();
  }

  int actualPort() {
    return server.actualPort();
  }
}
