package io.tributary.bench;

import io.tributary.bootstrap.Gateway;
import io.tributary.config.ConfigLoader;
import io.tributary.config.GatewayConfig;
import io.tributary.datasource.dynamodb.CallRecorder;
import io.tributary.http.JsonCodec;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import java.nio.file.Path;
import java.util.Map;

/**
 * Benchmark server, not a test: the gateway started exactly as {@code tributary run --config FILE}
 * starts it, plus a second listener on 127.0.0.1 that answers {@code GET /calls} with the DynamoDB
 * calls made so far by operation ({@link Gateway#dynamoDbCalls()}), so a load generator in another
 * process can compute calls per request between rounds. The counter lives in this JVM; nothing is
 * added to the gateway's own routes. Run from the repository root:
 * {@code java -cp <test classpath> io.tributary.bench.GatewayServerBench FILE}; it prints
 * {@code READY <graphql url> stats=<port>} once both listen.
 */
public final class GatewayServerBench {
  private GatewayServerBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: GatewayServerBench CONFIG_FILE");
      System.exit(2);
    }
    GatewayConfig config = ConfigLoader.load(Path.of(args[0]), System.getenv());
    Vertx vertx = Vertx.vertx();
    Gateway gateway = Gateway.start(vertx, config, Path.of("."));
    HttpServer stats = vertx.createHttpServer()
        .requestHandler(request -> request.response()
            .putHeader("content-type", "application/json")
            .end(Buffer.buffer(JsonCodec.write(callCounts(gateway)))))
        .listen(0, "127.0.0.1")
        .toCompletionStage().toCompletableFuture().get();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      gateway.close();
      vertx.close();
    }, "gateway-bench-stop"));
    System.out.println("READY " + gateway.graphqlUrl() + " stats=" + stats.actualPort());
    Thread.currentThread().join();
  }

  private static Map<String, Long> callCounts(Gateway gateway) {
    CallRecorder calls = gateway.dynamoDbCalls();
    return calls == null ? Map.of() : calls.counts();
  }
}
