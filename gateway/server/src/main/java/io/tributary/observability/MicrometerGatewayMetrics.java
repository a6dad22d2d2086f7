package io.tributary.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/** {@link GatewayMetrics} on a Micrometer registry (Prometheus in the gateway). */
public final class MicrometerGatewayMetrics implements GatewayMetrics {
  private final MeterRegistry registry;
  private final Counter requests;
  private final Counter clientErrors;
  private final Counter serverErrors;
  private final Timer latency;
  private final Counter connectRequests;
  private final Counter connectSuccess;
  private final Counter connectClientError;
  private final Counter subscribeSuccess;
  private final Counter subscribeClientError;
  private final Counter publishSuccess;
  private final Counter publishClientError;
  private final Counter disconnects;
  private final Map<String, Timer> resolvers = new ConcurrentHashMap<>();
  private final Map<String, Counter> resolverErrors = new ConcurrentHashMap<>();

  public MicrometerGatewayMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.requests = Counter.builder("appsync.Requests").description("GraphQL requests").register(registry);
    this.clientErrors = Counter.builder("appsync.4XXError").description("requests answered 4xx").register(registry);
    this.serverErrors = Counter.builder("appsync.5XXError").description("requests answered 5xx").register(registry);
    this.latency = Timer.builder("appsync.Latency").description("request latency").publishPercentileHistogram()
        .maximumExpectedValue(Duration.ofSeconds(30)).register(registry);
    this.connectRequests = Counter.builder("appsync.ConnectRequests").register(registry);
    this.connectSuccess = Counter.builder("appsync.ConnectSuccess").register(registry);
    this.connectClientError = Counter.builder("appsync.ConnectClientError").register(registry);
    this.subscribeSuccess = Counter.builder("appsync.SubscribeSuccess").register(registry);
    this.subscribeClientError = Counter.builder("appsync.SubscribeClientError").register(registry);
    this.publishSuccess = Counter.builder("appsync.PublishDataMessageSuccess").register(registry);
    this.publishClientError = Counter.builder("appsync.PublishDataMessageClientError").register(registry);
    this.disconnects = Counter.builder("appsync.DisconnectSuccess").register(registry);
  }

  /** A gauge read when scraped (ActiveConnections, ActiveSubscriptions). */
  public void gauge(String name, Supplier<Number> value) {
    // Micrometer holds gauge sources weakly; this lambda has no other owner.
    Gauge.builder(name, value, v -> v.get().doubleValue()).strongReference(true).register(registry);
  }

  /** A monotonic count owned elsewhere (DynamoDB calls, cache hits), read when scraped. */
  public <T> void counter(String name, Map<String, String> tags, T source, ToDoubleFunction<T> count) {
    FunctionCounter.Builder<T> builder = FunctionCounter.builder(name, source, count);
    tags.forEach(builder::tag);
    builder.register(registry);
  }

  @Override
  public void request(int status, long nanos) {
    requests.increment();
    if (status >= 500) {
      serverErrors.increment();
    } else if (status >= 400) {
      clientErrors.increment();
    }
    latency.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void resolver(String coordinate, String api, long nanos, boolean failed) {
    resolvers.computeIfAbsent(coordinate, c -> Timer.builder("tributary.resolver.latency")
        .tag("resolver", c).tag("api", api).publishPercentileHistogram()
        .maximumExpectedValue(Duration.ofSeconds(30)).register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
    if (failed) {
      resolverErrors.computeIfAbsent(coordinate, c -> Counter.builder("tributary.resolver.errors")
          .tag("resolver", c).tag("api", api).register(registry)).increment();
    }
  }

  @Override
  public void connect(boolean accepted) {
    connectRequests.increment();
    (accepted ? connectSuccess : connectClientError).increment();
  }

  @Override
  public void subscribe(boolean accepted) {
    (accepted ? subscribeSuccess : subscribeClientError).increment();
  }

  @Override
  public void publish(boolean delivered) {
    (delivered ? publishSuccess : publishClientError).increment();
  }

  @Override
  public void disconnect() {
    disconnects.increment();
  }
}
