package io.tributary.bench.realtime;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The client half of the idle-connection heap benchmark: opens {@code connections} AppSync
 * connections with one subscription each to the server at {@code port}, prints {@code READY n},
 * then holds them idle for at most {@code holdSeconds} (the script measures the server JVM's heap
 * meanwhile and kills this process when done). Works against the gateway and against
 * {@link BareWebSocketServer}, which answers the same handshake.
 *
 * <p>Run: {@code java -cp <test classpath> io.tributary.bench.realtime.IdleConnectionsClient port=P
 * connections=5000 apiKey=K holdSeconds=300 parallel=200}.
 */
public final class IdleConnectionsClient {
  private IdleConnectionsClient() {}

  public static void main(String[] args) throws Exception {
    BenchArgs a = new BenchArgs(args);
    int port = a.integer("port", 0);
    int connections = a.integer("connections", 5_000);
    String apiKey = a.string("apiKey", "da2-rtbench00000000000000000001");
    int holdSeconds = a.integer("holdSeconds", 300);
    int parallel = a.integer("parallel", 200);
    a.requireAllRead();
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions()
        .setMaxConnections(connections + 10).setConnectTimeout(30_000));
    long opening = System.nanoTime();
    List<WebSocket> sockets = new Connections(client, port, apiKey, message -> { }).open(connections, parallel)
        .toCompletionStage().toCompletableFuture().get(600, TimeUnit.SECONDS);
    System.out.printf(Locale.ROOT, "READY %d (%.1f s)%n", sockets.size(), (System.nanoTime() - opening) / 1e9);
    System.out.flush();
    Thread.sleep(TimeUnit.SECONDS.toMillis(holdSeconds)); // held open until the script kills us
    vertx.close().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }
}
