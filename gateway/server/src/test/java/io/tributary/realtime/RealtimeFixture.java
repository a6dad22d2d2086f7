package io.tributary.realtime;

import io.tributary.config.GraphqlWsConfig;
import io.tributary.config.RealtimeConfig;
import io.tributary.testsupport.Await;
import io.vertx.core.Vertx;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A real Vert.x server with the real-time routes over a {@link FakeSubscriptionService}. */
final class RealtimeFixture implements AutoCloseable {
  static final String GRAPHQL_PATH = "/graphql";
  static final String REALTIME_HOST = "realtime.example.com";

  final Vertx vertx = Vertx.vertx();
  final FakeSubscriptionService service = new FakeSubscriptionService();
  final RealtimeConfig config;
  final RealtimeRoutes routes;
  final WebSocketClient client;
  final int port;
  private final List<TestSocket> sockets = new ArrayList<>();

  RealtimeFixture(RealtimeConfig config) {
    this.config = config;
    this.routes = new RealtimeRoutes(vertx, config, GRAPHQL_PATH, service);
    HttpServerOptions options = RealtimeRoutes.configure(new HttpServerOptions(), config);
    HttpServer server = vertx.createHttpServer(options);
    routes.install(server);
    server.requestHandler(request -> request.response().setStatusCode(404).end());
    this.port = Await.result(server.listen(0, "127.0.0.1")).actualPort();
    this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
        .setMaxFrameSize(16 * 1024 * 1024).setMaxMessageSize(64 * 1024 * 1024));
  }

  static RealtimeFixture standard() {
    return new RealtimeFixture(config().build());
  }

  static ConfigBuilder config() {
    return new ConfigBuilder();
  }

  WebSocketConnectOptions options(String uri) {
    return new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI(uri);
  }

  TestSocket connect(WebSocketConnectOptions options) {
    // handlers go on before connecting: a server that rejects the handshake may send its error
    // and close before a callback on the connect future could attach them
    ClientWebSocket ws = client.webSocket();
    TestSocket socket = new TestSocket(ws);
    Throwable failure = Await.failureOrNull(ws.connect(options));
    boolean closedDuringConnect = failure instanceof IllegalStateException && "WebSocket is closed".equals(failure.getMessage());
    if (failure != null && !closedDuringConnect) {
      throw new AssertionError("could not connect: " + failure, failure);
    }
    if (closedDuringConnect && socket.received.isEmpty()) {
      JdkReplay.into(socket, port, options.getURI(), headersOf(options), options.getSubProtocols() == null ? List.of() : options.getSubProtocols());
    }
    synchronized (sockets) {
      sockets.add(socket);
    }
    return socket;
  }

  private static java.util.Map<String, String> headersOf(WebSocketConnectOptions options) {
    java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
    if (options.getHeaders() != null) {
      options.getHeaders().forEach(e -> headers.put(e.getKey(), e.getValue()));
    }
    return headers;
  }

  @Override
  public void close() {
    synchronized (sockets) {
      sockets.forEach(TestSocket::close);
    }
    Await.result(vertx.close());
  }

  /** Test-sized limits; every field defaults to something a test does not trip over by accident. */
  static final class ConfigBuilder {
    Duration keepAlive = Duration.ofSeconds(60);
    Duration initTimeout = Duration.ofSeconds(30);
    Duration lifetime = Duration.ofHours(1);
    int maxSubscriptions = 100;
    int maxPayloadBytes = 2_000;
    int maxFrameBytes = 4_096;
    int outboundQueueLimit = 1_000;

    ConfigBuilder keepAlive(Duration value) {
      keepAlive = value;
      return this;
    }

    ConfigBuilder initTimeout(Duration value) {
      initTimeout = value;
      return this;
    }

    ConfigBuilder lifetime(Duration value) {
      lifetime = value;
      return this;
    }

    ConfigBuilder maxSubscriptions(int value) {
      maxSubscriptions = value;
      return this;
    }

    ConfigBuilder maxPayloadBytes(int value) {
      maxPayloadBytes = value;
      return this;
    }

    ConfigBuilder outboundQueueLimit(int value) {
      outboundQueueLimit = value;
      return this;
    }

    RealtimeConfig build() {
      return new RealtimeConfig("/graphql/realtime", REALTIME_HOST, keepAlive, Duration.ofSeconds(300), initTimeout,
          lifetime, maxSubscriptions, maxPayloadBytes, maxFrameBytes, outboundQueueLimit, new GraphqlWsConfig(true));
    }
  }
}
