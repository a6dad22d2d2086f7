package io.tributary.bootstrap;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import io.tributary.auth.AuthenticationChain;
import io.tributary.cache.CacheAdminRoutes;
import io.tributary.cache.CacheLayer;
import io.tributary.cache.ResolverCache;
import io.tributary.composition.MergedGraph;
import io.tributary.composition.source.LoadedSourceApi;
import io.tributary.composition.source.SourceApiLoader;
import io.tributary.config.GatewayConfig;
import io.tributary.execution.EngineOptions;
import io.tributary.execution.GraphQLEngine;
import io.tributary.datasource.dynamodb.CallRecorder;
import io.tributary.pubsub.TopicBus;
import io.tributary.realtime.RealtimeRoutes;
import io.tributary.realtime.fanout.RealtimeFanout;
import io.tributary.execution.limits.OperationLimits;
import io.tributary.http.GraphQLHttpHandler;
import io.tributary.http.HttpRoutes;
import io.tributary.http.RequestIds;
import io.tributary.resolver.FieldResolver;
import io.tributary.resolver.ResolverFactory;
import io.tributary.resolver.js.JsCodeCompiler;
import io.tributary.resolver.js.JsRuntime;
import io.tributary.resolver.js.JsRuntimeOptions;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.ExecutionException;

/**
 * The running gateway and its start order: configuration → source APIs → composition → backend
 * clients and data sources → resolvers → schema and engine → HTTP/WebSocket servers. Stops in the
 * reverse order.
 *
 * <p>{@link #start} blocks while it compiles code and starts backends, so it must be called from
 * a plain thread (main, or a test), never from an event loop.
 */
public final class Gateway implements AutoCloseable {
  private final Vertx vertx;
  private final GatewayConfig config;
  private final int port;
  private final List<AutoCloseable> resources;
  private final GraphQLEngine engine;
  private final MergedGraph graph;
  private final String deploymentId;
  private final Backends backends;
  private final RealtimeFanout fanout;
  private final RealtimeRoutes realtime;
  private final io.tributary.http.Lifecycle lifecycle;
  private final int metricsPort;

  private Gateway(Vertx vertx, GatewayConfig config, int port, List<AutoCloseable> resources, GraphQLEngine engine,
      MergedGraph graph, String deploymentId, Backends backends, RealtimeFanout fanout, RealtimeRoutes realtime,
      io.tributary.http.Lifecycle lifecycle, int metricsPort) {
    this.metricsPort = metricsPort;
    this.lifecycle = lifecycle;
    this.vertx = vertx;
    this.backends = backends;
    this.fanout = fanout;
    this.realtime = realtime;
    this.deploymentId = deploymentId;
    this.config = config;
    this.port = port;
    this.resources = resources;
    this.engine = engine;
    this.graph = graph;
  }

  public static Gateway start(Vertx vertx, GatewayConfig config, Path baseDir) {
    List<AutoCloseable> resources = new ArrayList<>();
    try {
      return startWith(vertx, config, baseDir, resources);
    } catch (RuntimeException e) {
      closeAll(resources);
      throw e;
    }
  }

  private static Gateway startWith(Vertx vertx, GatewayConfig config, Path baseDir, List<AutoCloseable> resources) {
    List<LoadedSourceApi> apis = SourceApiLoader.load(baseDir.resolve(config.sourceApis().directory()), config.sourceApis().include());
    MergedGraph graph = GraphBuilder.compose(apis, config.auth()).orElseThrow();
    JsRuntime js = new JsRuntime(new JsRuntimeOptions(config.resolvers().js().timeout().toMillis(), config.resolvers().js().maxPooledContexts()));
    resources.add(js);
    Backends backends = Backends.start(vertx, config, baseDir, apis, js);
    resources.add(backends);
    Map<String, LoadedSourceApi> byName = new LinkedHashMap<>();
    apis.forEach(api -> byName.put(api.name(), api));
    Map<FieldCoordinates, FieldResolver> built =
        new ResolverFactory(List.of(new JsCodeCompiler(js)), backends.dataSources()).build(graph, byName);
    ResolverCache cache = Caches.start(vertx, config);
    if (cache != null) {
      resources.add(cache);
    }
    Observability observability = Observability.create(config.metrics());
    resources.add(observability);
    Map<FieldCoordinates, FieldResolver> resolvers =
        observability.measure(CacheLayer.wrap(built, graph, byName, config.cache(), cache), graph);
    GraphQLSchema schema = GraphBuilder.assemble(graph, resolvers, config.auth());
    TopicBus bus = Buses.start(vertx, config.redis());
    resources.add(() -> await(bus.close()));
    RealtimeFanout fanout = RealtimeFanout.create(bus, schema);
    GraphQLEngine engine = new GraphQLEngine(schema, engineOptions(config), resolvers.keySet(), fanout.observer());
    AuthModes auth = AuthModes.build(vertx, config.auth(), baseDir, Clock.systemUTC(), js);
    resources.addAll(auth.closeables());
    auth.warm();
    AuthenticationChain authentication = auth.chain();
    RealtimeRoutes realtime = new RealtimeRoutes(vertx, config.realtime(), config.server().graphqlPath(),
        fanout.service(engine, authentication), observability.metrics());
    observability.serve(vertx, config.metrics(), realtime, fanout, backends.dynamoDbCalls(), cache);
    int port = config.server().port() == 0 ? FreePort.pick() : config.server().port();
    Supplier<Map<String, Object>> health = () -> Health.report(bus, fanout, realtime);
    List<java.util.function.Consumer<io.vertx.ext.web.Router>> mounts = new ArrayList<>(auth.mounts());
    if (backends.events() instanceof io.tributary.datasource.eventbridge.InProcessEventBus local) {
      mounts.add(new io.tributary.datasource.eventbridge.LocalEventsRoutes(local));
    }
    if (cache != null && !config.cache().adminToken().isEmpty()) {
      mounts.add(new CacheAdminRoutes(cache, config.cache().adminToken()));
    }
    io.tributary.http.Lifecycle lifecycle = new io.tributary.http.Lifecycle(observability.metrics());
    String deploymentId = deployHttp(vertx, config, port, engine, authentication, realtime, health, mounts, lifecycle);
    return new Gateway(vertx, config, port, resources, engine, graph, deploymentId, backends, fanout, realtime,
        lifecycle, observability.port());
  }

  static EngineOptions engineOptions(GatewayConfig config) {
    var limits = config.limits();
    return new EngineOptions(
        new OperationLimits(limits.queryDepth(), limits.resolverCount(), limits.maxDocumentBytes(), limits.maxTokens(),
            limits.introspection()),
        config.documentCache().maxEntries());
  }

  private static String deployHttp(Vertx vertx, GatewayConfig config, int port, GraphQLEngine engine,
      AuthenticationChain authentication, RealtimeRoutes realtime, Supplier<Map<String, Object>> health,
      List<java.util.function.Consumer<io.vertx.ext.web.Router>> mounts, io.tributary.http.Lifecycle lifecycle) {
    GraphQLHttpHandler graphql = new GraphQLHttpHandler(engine, authentication, new RequestIds(),
        config.server().requestTimeout().toMillis(), lifecycle);
    HttpRoutes.Endpoints endpoints =
        new HttpRoutes.Endpoints(config.server().graphqlPath(), config.server().maxRequestBytes(), graphql, health,
            mounts, lifecycle);
    HttpServerOptions options = ServerOptions.of(config.server(), port);
    RealtimeRoutes.configure(options, config.realtime());
    int instances = 2 * Runtime.getRuntime().availableProcessors();
    return await(vertx.deployVerticle(() -> new GatewayVerticle(options, endpoints, realtime::install),
        new DeploymentOptions().setInstances(instances)));
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    }
  }

  /** The admin port serving /metrics, or -1 when metrics are off. */
  public int metricsPort() {
    return metricsPort;
  }

  public int port() {
    return port;
  }

  public String graphqlUrl() {
    return scheme() + "://localhost:" + port + config.server().graphqlPath();
  }

  /** The AppSync real-time endpoint. */
  public String realtimeUrl() {
    return (config.server().tls().enabled() ? "wss" : "ws") + "://localhost:" + port + config.realtime().path();
  }

  private String scheme() {
    return config.server().tls().enabled() ? "https" : "http";
  }

  /** DynamoDB calls made so far by operation name; null when no source API uses DynamoDB. */
  public CallRecorder dynamoDbCalls() {
    return backends.dynamoDbCalls();
  }

  /** Subscriptions live on this node. */
  public int subscriptionCount() {
    return fanout.subscriptionCount();
  }

  /** WebSocket connections open on this node. */
  public int connectionCount() {
    return realtime.openConnections();
  }

  public GraphQLEngine engine() {
    return engine;
  }

  public MergedGraph graph() {
    return graph;
  }

  public GatewayConfig config() {
    return config;
  }

  /**
   * A graceful stop's first half: {@code /ready} turns 503, every WebSocket client is told to
   * reconnect (close 1012), and this waits (on the calling thread, never an event loop) until the
   * GraphQL requests in flight have been answered or {@code timeout} passed. Queries and mutations
   * that arrive meanwhile are still served. Call {@link #close()} afterwards.
   *
   * @return how many requests were still unanswered when the wait ended (0 after a clean drain)
   */
  public int drain(java.time.Duration timeout) {
    lifecycle.startDraining();
    realtime.closeAllForRestart();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (lifecycle.inFlight() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return lifecycle.inFlight();
  }

  @Override
  public void close() {
    try {
      await(vertx.undeploy(deploymentId));
    } catch (RuntimeException ignored) {
      // already undeployed, e.g. Vert.x itself is closing
    }
    closeAll(resources);
  }

  private static void closeAll(List<AutoCloseable> resources) {
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception ignored) {
        // best effort on the way down
      }
    }
  }
}
