package io.tributary.http;

import io.tributary.execution.ResponseShaper;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CorsHandler;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The gateway's HTTP surface, in the order requests meet it: CORS, the body limit (413), the
 * GraphQL endpoint, health, and a JSON 404/405 for everything else. Every response, errors
 * included, is JSON in AppSync's shape; nothing answers with an HTML error page.
 */
public final class HttpRoutes {
  private HttpRoutes() {}

  /** What the routes serve. */
  public record Endpoints(
      String graphqlPath,
      long maxRequestBytes,
      Handler<RoutingContext> graphql,
      Supplier<Map<String, Object>> health,
      List<Consumer<Router>> mounts,
      Lifecycle lifecycle) {

    public Endpoints(String graphqlPath, long maxRequestBytes, Handler<RoutingContext> graphql,
        Supplier<Map<String, Object>> health) {
      this(graphqlPath, maxRequestBytes, graphql, health, List.of(), new Lifecycle());
    }
  }

  public static Router create(Vertx vertx, Endpoints endpoints) {
    Router router = Router.router(vertx);
    router
        .route()
        .handler(
            CorsHandler.create()
                .allowedMethod(HttpMethod.GET)
                .allowedMethod(HttpMethod.POST)
                .allowedHeader("content-type")
                .allowedHeader("x-api-key")
                .allowedHeader("authorization")
                .allowedHeader("x-amz-date")
                .allowedHeader("x-amz-security-token")
                .allowedHeader("x-amz-user-agent")
                .exposedHeader("x-amzn-RequestId"));
    router
        .route(endpoints.graphqlPath())
        .method(HttpMethod.POST)
        .handler(BodyHandler.create(false).setBodyLimit(endpoints.maxRequestBytes()))
        .handler(endpoints.graphql());
    router.get(endpoints.graphqlPath()).handler(endpoints.graphql());
    router.route(endpoints.graphqlPath()).handler(rc -> methodNotAllowed(rc));
    router.get("/health").handler(rc -> GraphQLHttpHandler.respond(rc, 200, endpoints.health().get()));
    // Orchestrators and load balancers: 503 once a graceful shutdown has begun.
    router.get("/ready").handler(rc -> GraphQLHttpHandler.respond(rc, endpoints.lifecycle().draining() ? 503 : 200,
        Map.of("status", endpoints.lifecycle().draining() ? "draining" : "ready",
            "inFlight", endpoints.lifecycle().inFlight())));
    // Capabilities with endpoints of their own (the local issuer's JWKS, admin routes) mount here.
    endpoints.mounts().forEach(mount -> mount.accept(router));
    router.route().last().handler(rc -> error(rc, 404, "NotFoundException", "No route for " + rc.request().path()));
    router.route().failureHandler(rc -> failure(rc, endpoints.maxRequestBytes()));
    return router;
  }

  private static void methodNotAllowed(RoutingContext rc) {
    rc.response().putHeader("allow", "GET, POST");
    error(rc, 405, "MethodNotAllowedException", "Use POST (or GET for queries) on " + rc.request().path());
  }

  private static void failure(RoutingContext rc, long limit) {
    int status = rc.statusCode();
    if (status == 413) {
      // HTTP/1.x: the rest of the body was never read, so the connection cannot carry another
      // request. HTTP/2 resets just the stream, and forbids the header.
      if (rc.request().version() != HttpVersion.HTTP_2) {
        rc.response().putHeader("connection", "close");
      }
      error(rc, 413, "PayloadTooLargeException", "The request body is larger than the limit of " + limit + " bytes.");
      return;
    }
    if (status >= 400 && status < 500) {
      error(rc, status, "BadRequestException", "The request could not be read.");
      return;
    }
    error(rc, 500, "InternalFailure", "An internal failure occurred.");
  }

  private static void error(RoutingContext rc, int status, String type, String message) {
    GraphQLHttpHandler.respond(rc, status, Map.of("errors", List.of(ResponseShaper.simple(type, message))));
  }
}
