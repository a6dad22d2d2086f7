package io.tributary.bench.realtime;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Mutation → event latency, measured in this (client) JVM: {@code subscribers} AppSync connections
 * subscribe to {@code onPublished} on the node at {@code subPort}; {@code publish} mutations go to
 * the node at {@code pubPort} (the same node, or another one behind Redis) at a fixed {@code rate}
 * per second, open loop (a slow answer does not delay the next send). A sample is the time from
 * just before the mutation request is written to the arrival of its data frame, per subscriber.
 * The first {@code warmup} mutations are sent the same way but not counted.
 *
 * <p>Run: {@code java -cp <test classpath> io.tributary.bench.realtime.LatencyBench subPort=P pubPort=Q
 * apiKey=K rate=200 samples=3000 warmup=500 subscribers=1 label=name}.
 */
public final class LatencyBench {
  private final int subscribers;
  private final int warmup;
  private final int total;
  private final AtomicLongArray sentAt;
  private final long[] latencies;
  private final AtomicInteger recorded = new AtomicInteger();
  private final AtomicInteger mutationFailures = new AtomicInteger();
  private final long[] mutationTimes;
  private final AtomicInteger mutationsAnswered = new AtomicInteger();

  private LatencyBench(int subscribers, int warmup, int samples) {
    this.subscribers = subscribers;
    this.warmup = warmup;
    this.total = warmup + samples;
    this.sentAt = new AtomicLongArray(total);
    this.latencies = new long[samples * subscribers];
    this.mutationTimes = new long[total];
  }

  public static void main(String[] args) throws Exception {
    BenchArgs a = new BenchArgs(args);
    int subPort = a.integer("subPort", 0);
    int pubPort = a.integer("pubPort", subPort);
    String apiKey = a.string("apiKey", "da2-rtbench00000000000000000001");
    int rate = a.integer("rate", 200);
    int samples = a.integer("samples", 3000);
    int warmup = a.integer("warmup", 500);
    int subscribers = a.integer("subscribers", 1);
    String label = a.string("label", "latency");
    a.requireAllRead();
    LatencyBench bench = new LatencyBench(subscribers, warmup, samples);
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    try {
      bench.run(vertx, subPort, pubPort, apiKey, rate, label);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  private void run(Vertx vertx, int subPort, int pubPort, String apiKey, int rate, String label) throws Exception {
    WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(subscribers + 1));
    List<Future<WebSocket>> sockets = new ArrayList<>();
    for (int s = 0; s < subscribers; s++) {
      sockets.add(AppSyncSubscriber.open(client, subPort, apiKey, "sub-" + s, this::onData));
    }
    await(Future.all(sockets));
    Publisher publisher = new Publisher(vertx, pubPort, apiKey, Math.max(8, rate / 20));
    long started = System.nanoTime();
    await(sendAll(vertx, publisher, rate));
    long sendSeconds = System.nanoTime() - started;
    waitForArrivals(5_000);
    report(label, rate, sendSeconds);
    await(publisher.close());
  }

  /** Sends mutation i at {@code start + i / rate}; a 1 ms timer sends every mutation that is due. */
  private Future<Void> sendAll(Vertx vertx, Publisher publisher, int rate) {
    Promise<Void> done = Promise.promise();
    long start = System.nanoTime();
    long periodNanos = 1_000_000_000L / rate;
    int[] next = {0};
    vertx.setPeriodic(1, timer -> {
      long now = System.nanoTime();
      while (next[0] < total && start + next[0] * periodNanos <= now) {
        send(publisher, next[0]++);
      }
      if (next[0] == total) {
        vertx.cancelTimer(timer);
        done.complete();
      }
    });
    return done.future();
  }

  private void send(Publisher publisher, int index) {
    long now = System.nanoTime();
    sentAt.set(index, now);
    publisher.publish("L-" + index).onComplete(result -> {
      if (result.failed()) {
        mutationFailures.incrementAndGet();
        return;
      }
      mutationTimes[index] = System.nanoTime() - now;
      mutationsAnswered.incrementAndGet();
    });
  }

  private void onData(Buffer message) {
    long now = System.nanoTime();
    String marker = AppSyncSubscriber.marker(message);
    if (marker == null || !marker.startsWith("L-")) {
      return;
    }
    int index = Integer.parseInt(marker.substring(2));
    if (index < warmup) {
      return;
    }
    int slot = recorded.getAndIncrement();
    if (slot < latencies.length) {
      latencies[slot] = now - sentAt.get(index);
    }
  }

  private void waitForArrivals(long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (recorded.get() < latencies.length && System.currentTimeMillis() < deadline) {
      Thread.sleep(20); // a benchmark main thread, not an event loop
    }
  }

  private void report(String label, int rate, long sendNanos) {
    int count = Math.min(recorded.get(), latencies.length);
    Percentiles events = new Percentiles(latencies, count);
    long[] answered = new long[total - warmup];
    int n = 0;
    for (int i = warmup; i < total; i++) {
      if (mutationTimes[i] > 0) {
        answered[n++] = mutationTimes[i];
      }
    }
    Percentiles mutations = new Percentiles(answered, n);
    double achieved = total / (sendNanos / 1e9);
    System.out.println(events.summary(label + " mutation->event"));
    System.out.println(mutations.summary(label + " mutation HTTP round trip"));
    System.out.printf(Locale.ROOT, "RESULT %s rate=%d achieved=%.0f/s subscribers=%d samples=%d lost=%d mutationFailures=%d "
            + "p50=%.2f p90=%.2f p99=%.2f p999=%.2f max=%.2f httpP50=%.2f httpP99=%.2f%n",
        label, rate, achieved, subscribers, count, latencies.length - count, mutationFailures.get(),
        events.millis(50), events.millis(90), events.millis(99), events.millis(99.9), events.maxMillis(),
        mutations.millis(50), mutations.millis(99));
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }
}
