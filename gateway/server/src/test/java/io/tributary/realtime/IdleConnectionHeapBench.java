package io.tributary.realtime;

import io.tributary.auth.Identity;
import io.tributary.config.RealtimeConfig;
import io.tributary.http.JsonCodec;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Heap per idle WebSocket connection: (a) a bare Vert.x WebSocket server that holds nothing per
 * socket, (b) the AppSync real-time handler with one live subscription per connection. Client and
 * server share the JVM, so both numbers include the client's socket; their difference is what the
 * protocol state costs. Run: {@code java -cp <test classpath> io.tributary.realtime.IdleConnectionHeapBench [N]}.
 */
public final class IdleConnectionHeapBench {

  public static void main(String[] args) throws Exception {
    int connections = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    measure("warm-up bare", connections / 4, false);
    measure("warm-up appsync", connections / 4, true);
    double bare = measure("bare Vert.x WebSocket", connections, false);
    double appSync = measure("AppSync handler, 1 subscription each", connections, true);
    System.out.printf("protocol state per connection (b - a): %.0f bytes%n", appSync - bare);
  }

  private static double measure(String name, int count, boolean appSync) throws Exception {
    Vertx vertx = Vertx.vertx();
    RealtimeConfig config = RealtimeConfig.defaults();
    HttpServer server = vertx.createHttpServer(RealtimeRoutes.configure(new HttpServerOptions(), config));
    LeanService service = new LeanService();
    if (appSync) {
      new RealtimeRoutes(vertx, config, "/graphql", service).install(server);
    } else {
      server.webSocketHandler(ws -> ws.textMessageHandler(text -> { }));
    }
    int port = await(server.listen(0, "127.0.0.1")).actualPort();
    WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(count + 10));
    long before = usedHeapAfterGc();
    List<WebSocket> sockets = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      sockets.add(await(open(client, port, i, appSync)));
    }
    long after = usedHeapAfterGc();
    double perConnection = (after - before) / (double) count;
    System.out.printf("%-40s %6d connections: %8.0f bytes/connection (heap %d -> %d KB)%n",
        name, count, perConnection, before / 1024, after / 1024);
    sockets.forEach(WebSocket::close);
    await(vertx.close());
    return perConnection;
  }

  private static Future<WebSocket> open(WebSocketClient client, int port, int index, boolean appSync) {
    String header = java.util.Base64.getEncoder().encodeToString(JsonCodec.write(Map.of("x-api-key", "k", "host", "h")));
    WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
        .setURI("/graphql/realtime?header=" + header + "&payload=e30=").addSubProtocol("graphql-ws");
    return client.connect(options).compose(ws -> {
      Promise<WebSocket> ready = Promise.promise();
      ws.textMessageHandler(text -> {
        if (text.contains("start_ack") || !appSync) {
          ready.tryComplete(ws);
        }
      });
      ws.writeTextMessage("{\"type\":\"connection_init\"}");
      String data = JsonCodec.writeString(Map.of("query", "subscription { onEvent { id } }", "variables", Map.of()));
      ws.writeTextMessage(JsonCodec.writeString(Map.of("type", "start", "id", "sub-" + index, "payload", Map.of("data", data))));
      if (!appSync) {
        ready.tryComplete(ws);
      }
      return ready.future();
    });
  }

  /** Collects until the used heap stops shrinking (at most 10 rounds), so garbage is not counted. */
  private static long usedHeapAfterGc() {
    long previous = Long.MAX_VALUE;
    long used = currentlyUsed();
    for (int i = 0; i < 10 && used < previous; i++) {
      previous = used;
      System.gc();
      used = currentlyUsed();
    }
    return Math.min(used, previous);
  }

  private static long currentlyUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get();
  }

  /** Keeps each sink, as the real fan-out index does, and nothing else. */
  private static final class LeanService implements SubscriptionService {
    private final ConcurrentLinkedQueue<SubscriptionSink> sinks = new ConcurrentLinkedQueue<>();

    @Override
    public Future<Identity> authenticate(Map<String, String> headers, String remoteAddress) {
      return Future.succeededFuture(Identity.apiKey());
    }

    @Override
    public Future<LiveSubscription> subscribe(SubscribeRequest request) {
      SubscriptionSink sink = request.sink();
      sinks.add(sink);
      return Future.succeededFuture(() -> sinks.remove(sink));
    }
  }
}
