package io.tributary.realtime;

import io.tributary.config.RealtimeConfig;
import io.tributary.realtime.appsync.AppSyncRealtimeHandler;
import io.tributary.realtime.graphqlws.GraphQLWsHandler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.vertx.core.net.HostAndPort;
import java.util.Locale;

/**
 * Routes WebSocket upgrades to a protocol. The AppSync real-time protocol is served on
 * {@code realtime.path} (custom-domain style, {@code /graphql/realtime}) and, when
 * {@code realtime.host} is set, on the GraphQL path of requests for that host (the
 * {@code appsync-realtime-api} style). graphql-transport-ws is served on the GraphQL path, and
 * on the real-time path to clients that offer it. The sub-protocol the server negotiates picks
 * the protocol, so the protocol always matches what the client was told. Anything else is
 * rejected with 404 before the upgrade.
 *
 * <p>One instance serves every HTTP server (one per event loop) of the gateway: call
 * {@link #install(HttpServer)} on each, and build their options with
 * {@link #configure(HttpServerOptions, RealtimeConfig)}.
 */
public final class RealtimeRoutes {
  private final RealtimeConfig config;
  private final String graphqlPath;
  private final Sweepers sweepers;
  private final AppSyncRealtimeHandler appSync;
  private final GraphQLWsHandler graphqlWs;

  public RealtimeRoutes(Vertx vertx, RealtimeConfig config, String graphqlPath, SubscriptionService service) {
    this(vertx, config, graphqlPath, service, io.tributary.observability.GatewayMetrics.NONE);
  }

  public RealtimeRoutes(Vertx vertx, RealtimeConfig config, String graphqlPath, SubscriptionService service,
      io.tributary.observability.GatewayMetrics metrics) {
    this.config = config;
    this.graphqlPath = graphqlPath;
    this.sweepers = new Sweepers(vertx, config);
    RealtimeEnvironment env = new RealtimeEnvironment(config, service, sweepers, graphqlPath, metrics);
    this.appSync = new AppSyncRealtimeHandler(env);
    this.graphqlWs = new GraphQLWsHandler(env);
  }

  /**
   * The WebSocket settings the protocols need: both sub-protocols registered (so the server
   * selects {@code graphql-ws} when an AppSync client offers {@code graphql-ws, header-…}), and
   * frame limits above {@code maxFrameBytes}, so a too-large message reaches the protocol and is
   * answered with close code 1009; Netty drops only frames beyond the hard ceiling.
   *
   * <p>Strict thread mode: a WebSocket keeps its upgrade request, and so that HTTP connection,
   * for its whole life. Without strict mode that connection carries a multi-producer write queue
   * whose first chunk alone is 4 KB, about a third of an idle subscribed connection's heap (see
   * bench/REALTIME-RESULTS.md). Every HTTP response of the gateway is written from its request's
   * context (engine futures are bound to it), which is what strict mode requires; a write from
   * any other thread fails loudly instead of being queued.
   */
  public static HttpServerOptions configure(HttpServerOptions options, RealtimeConfig config) {
    options.addWebSocketSubProtocol(AppSyncRealtimeHandler.SUB_PROTOCOL);
    if (config.graphqlWs().enabled()) {
      options.addWebSocketSubProtocol(GraphQLWsHandler.SUB_PROTOCOL);
    }
    int ceiling = hardFrameLimit(config.maxFrameBytes());
    return options.setMaxWebSocketFrameSize(ceiling).setMaxWebSocketMessageSize(ceiling).setStrictThreadMode(true);
  }

  static int hardFrameLimit(int maxFrameBytes) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(2L * maxFrameBytes, maxFrameBytes + 65_536L));
  }

  /** Takes over the WebSocket upgrades of {@code server}; plain HTTP requests are untouched. */
  public void install(HttpServer server) {
    server.webSocketHandshakeHandler(this::handshake);
    server.webSocketHandler(this::connect);
  }

  /** Connections open on all event loops. */
  /**
   * Tells every WebSocket client to reconnect (close code 1012, "service restart"): AppSync and
   * graphql-ws clients reconnect with backoff and resubscribe, landing on another node.
   */
  public void closeAllForRestart() {
    sweepers.closeAll((short) 1012, "Service restarting; reconnect");
  }

  public int openConnections() {
    return sweepers.connections();
  }

  private void handshake(ServerWebSocketHandshake handshake) {
    if (route(handshake.path(), handshake.authority(), handshake.headers()) == null) {
      handshake.reject(404);
      return;
    }
    handshake.accept();
  }

  private void connect(ServerWebSocket ws) {
    Protocol protocol = route(ws.path(), ws.authority(), ws.headers());
    if (protocol == Protocol.GRAPHQL_WS) {
      graphqlWs.handle(ws);
    } else if (protocol == Protocol.APPSYNC) {
      appSync.handle(ws);
    } else {
      ws.close((short) 1008, "No WebSocket endpoint here");
    }
  }

  enum Protocol { APPSYNC, GRAPHQL_WS }

  Protocol route(String path, HostAndPort authority, MultiMap headers) {
    String negotiated = negotiated(headers);
    boolean realtimeHost = config.host() != null && authority != null && sameHost(authority.host(), config.host());
    if (path.equals(config.path()) || (realtimeHost && path.equals(graphqlPath))) {
      return GraphQLWsHandler.SUB_PROTOCOL.equals(negotiated) ? Protocol.GRAPHQL_WS : Protocol.APPSYNC;
    }
    if (!path.equals(graphqlPath)) {
      return null;
    }
    if (AppSyncRealtimeHandler.SUB_PROTOCOL.equals(negotiated)) {
      return Protocol.APPSYNC;
    }
    return config.graphqlWs().enabled() ? Protocol.GRAPHQL_WS : null;
  }

  /** What Netty will select: the first offered sub-protocol the server supports, in the client's order. */
  private String negotiated(MultiMap headers) {
    for (String header : headers.getAll("sec-websocket-protocol")) {
      for (String entry : header.split(",")) {
        String offered = entry.trim();
        if (offered.equals(AppSyncRealtimeHandler.SUB_PROTOCOL)) {
          return offered;
        }
        if (offered.equals(GraphQLWsHandler.SUB_PROTOCOL) && config.graphqlWs().enabled()) {
          return offered;
        }
      }
    }
    return null;
  }

  private static boolean sameHost(String requested, String configured) {
    return requested != null && stripPort(requested).equals(stripPort(configured));
  }

  private static String stripPort(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    int colon = lower.lastIndexOf(':');
    return colon > 0 && lower.indexOf(']') < colon && lower.chars().filter(c -> c == ':').count() == 1
        ? lower.substring(0, colon) : lower;
  }
}
