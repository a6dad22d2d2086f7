package io.tributary.bootstrap;

import graphql.schema.FieldCoordinates;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tributary.cache.ResolverCache;
import io.tributary.composition.FieldOrigin;
import io.tributary.composition.MergedGraph;
import io.tributary.config.MetricsConfig;
import io.tributary.datasource.dynamodb.CallRecorder;
import io.tributary.observability.GatewayMetrics;
import io.tributary.observability.MeasuredFieldResolver;
import io.tributary.observability.MetricsServer;
import io.tributary.observability.MicrometerGatewayMetrics;
import io.tributary.realtime.RealtimeRoutes;
import io.tributary.realtime.fanout.RealtimeFanout;
import io.tributary.resolver.FieldResolver;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Metrics when {@code metrics.enabled}: the registry, the admin listener and the meters' sources. */
final class Observability implements AutoCloseable {
  private static final List<String> DYNAMODB_OPERATIONS = List.of("GetItem", "PutItem", "UpdateItem", "DeleteItem",
      "Query", "Scan", "BatchGetItem", "BatchWriteItem", "TransactGetItems", "TransactWriteItems");

  private final MicrometerGatewayMetrics micrometer;
  private final PrometheusMeterRegistry registry;
  private MetricsServer server;

  private Observability(MicrometerGatewayMetrics micrometer, PrometheusMeterRegistry registry) {
    this.micrometer = micrometer;
    this.registry = registry;
  }

  static Observability create(MetricsConfig config) {
    if (!config.enabled()) {
      return new Observability(null, null);
    }
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    return new Observability(new MicrometerGatewayMetrics(registry), registry);
  }

  GatewayMetrics metrics() {
    return micrometer == null ? GatewayMetrics.NONE : micrometer;
  }

  /** Every resolver timed, tagged with its source API. */
  Map<FieldCoordinates, FieldResolver> measure(Map<FieldCoordinates, FieldResolver> resolvers, MergedGraph graph) {
    if (micrometer == null) {
      return resolvers;
    }
    Map<FieldCoordinates, FieldResolver> out = new HashMap<>();
    resolvers.forEach((coordinates, resolver) -> {
      FieldOrigin origin = graph.resolverOwners().get(coordinates);
      out.put(coordinates, new MeasuredFieldResolver(resolver, origin == null ? "" : origin.api(), micrometer));
    });
    return out;
  }

  /** Gauges and counts owned by other parts, read at scrape time; then the admin listener. */
  void serve(Vertx vertx, MetricsConfig config, RealtimeRoutes realtime, RealtimeFanout fanout, CallRecorder calls,
      ResolverCache cache) {
    if (micrometer == null) {
      return;
    }
    micrometer.gauge("appsync.ActiveConnections", realtime::openConnections);
    micrometer.gauge("appsync.ActiveSubscriptions", fanout::subscriptionCount);
    if (calls != null) {
      for (String operation : DYNAMODB_OPERATIONS) {
        micrometer.counter("tributary.dynamodb.calls", Map.of("operation", operation), calls, c -> c.count(operation));
      }
    }
    if (cache != null) {
      String[] names = {"hits", "misses", "bypassed", "errors"};
      for (int i = 0; i < names.length; i++) {
        int index = i;
        micrometer.counter("tributary.cache." + names[i], Map.of(), cache, c -> c.counters()[index]);
      }
    }
    server = Gateway.await(MetricsServer.start(vertx, registry, config.host(), config.port()));
  }

  /** The admin port, or -1 when metrics are off. */
  int port() {
    return server == null ? -1 : server.port();
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
    if (registry != null) {
      registry.close();
    }
  }
}
