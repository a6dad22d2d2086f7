package io.tributary.bench.realtime;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import java.util.concurrent.TimeUnit;

/**
 * The baseline of the heap benchmark: a plain Vert.x 5 WebSocket server that keeps nothing of its
 * own per socket. It answers the AppSync handshake with constant frames ({@code connection_ack}
 * for a {@code connection_init}, {@code start_ack} for a {@code start}) so the same client drives
 * it and the gateway. One server per event loop, as the gateway deploys them.
 *
 * <p>Run: {@code java -cp <test classpath> io.tributary.bench.realtime.BareWebSocketServer port=P
 * [strictThreadMode=true]} (the gateway runs its HTTP server in strict thread mode).
 */
public final class BareWebSocketServer extends VerticleBase {
  private static final String ACK = "{\"type\":\"connection_ack\",\"payload\":{\"connectionTimeoutMs\":300000}}";
  private static final String START_ACK = "{\"type\":\"start_ack\",\"id\":\"bare\"}";

  private final int port;
  private final boolean strictThreadMode;

  private BareWebSocketServer(int port, boolean strictThreadMode) {
    this.port = port;
    this.strictThreadMode = strictThreadMode;
  }

  public static void main(String[] args) throws Exception {
    BenchArgs a = new BenchArgs(args);
    int port = a.integer("port", 0);
    int instances = a.integer("instances", 2 * Runtime.getRuntime().availableProcessors());
    boolean strict = Boolean.parseBoolean(a.string("strictThreadMode", "false"));
    a.requireAllRead();
    Vertx vertx = Vertx.vertx();
    vertx.deployVerticle(() -> new BareWebSocketServer(port, strict), new DeploymentOptions().setInstances(instances))
        .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    System.out.println("bare WebSocket server listening on 127.0.0.1:" + port);
    Thread.currentThread().join();
  }

  @Override
  public Future<?> start() {
    HttpServerOptions options = new HttpServerOptions().setHost("127.0.0.1").setPort(port)
        .addWebSocketSubProtocol("graphql-ws").setStrictThreadMode(strictThreadMode);
    return vertx.createHttpServer(options).webSocketHandler(BareWebSocketServer::answer).listen();
  }

  private static void answer(ServerWebSocket ws) {
    ws.textMessageHandler(text -> {
      if (text.contains("\"connection_init\"")) {
        ws.writeTextMessage(ACK);
      } else if (text.contains("\"start\"")) {
        ws.writeTextMessage(START_ACK);
      }
    });
  }
}
