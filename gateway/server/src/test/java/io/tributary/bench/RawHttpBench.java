package io.tributary.bench;

import io.tributary.http.JsonCodec;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Benchmark server, not a test: the floor the gateway is compared against in issue 2. A bare
 * Vert.x 5 HTTP endpoint, deployed on as many event loops as the gateway uses, that reads the
 * POSTed JSON body with the gateway's own codec and answers the exact body the gateway gives for
 * {@code { hello }}. No router, no auth, no GraphQL: what is left is the HTTP and JSON cost every
 * server pays. Run: {@code java -cp <test classpath> io.tributary.bench.RawHttpBench [port]}; it
 * prints {@code READY http://127.0.0.1:<port>/graphql} once listening.
 */
public final class RawHttpBench {
  private static final String JSON = "application/json; charset=UTF-8";
  private static final Map<String, Object> ANSWER = Map.of("data", Map.of("hello", "world"));

  private RawHttpBench() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : freePort();
    // The gateway deploys one server per event loop, 2 x cores (Vert.x's default loop count).
    int instances = 2 * Runtime.getRuntime().availableProcessors();
    Vertx vertx = Vertx.vertx();
    HttpServerOptions options = new HttpServerOptions().setHost("127.0.0.1").setPort(port);
    vertx.deployVerticle(() -> new Endpoint(options), new DeploymentOptions().setInstances(instances))
        .toCompletionStage().toCompletableFuture().get();
    Runtime.getRuntime().addShutdownHook(new Thread(vertx::close, "raw-bench-stop"));
    System.out.println("READY http://127.0.0.1:" + port + "/graphql (" + instances + " event-loop servers)");
    Thread.currentThread().join();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** One HTTP server per event loop, like the gateway's verticle. */
  private static final class Endpoint extends VerticleBase {
    private final HttpServerOptions options;

    Endpoint(HttpServerOptions options) {
      this.options = options;
    }

    @Override
    public Future<?> start() {
      return vertx.createHttpServer(options).requestHandler(Endpoint::handle).listen();
    }

    private static void handle(HttpServerRequest request) {
      if (request.method() != HttpMethod.POST) {
        request.response().setStatusCode(405).end();
        return;
      }
      request.body().onSuccess(body -> answer(request, body));
    }

    private static void answer(HttpServerRequest request, Buffer body) {
      Object parsed;
      try {
        parsed = JsonCodec.parse(body.getBytes());
      } catch (IllegalArgumentException e) {
        request.response().setStatusCode(400).end();
        return;
      }
      if (!(parsed instanceof Map<?, ?> map) || !(map.get("query") instanceof String)) {
        request.response().setStatusCode(400).end();
        return;
      }
      request.response()
          .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
          .end(Buffer.buffer(JsonCodec.write(ANSWER)));
    }
  }
}
