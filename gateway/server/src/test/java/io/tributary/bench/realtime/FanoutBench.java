package io.tributary.bench.realtime;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Fan-out: {@code connections} AppSync connections, each with one {@code onPublished}
 * subscription, all on the node at {@code port}. Each round sends one mutation and measures, in
 * this JVM, the time from just before the mutation is written until the LAST connection has the
 * data frame (and the first, and the median). Rounds are sequential with a pause in between;
 * {@code warmup} rounds are not counted.
 *
 * <p>Run: {@code java -cp <test classpath> io.tributary.bench.realtime.FanoutBench port=P apiKey=K
 * connections=10000 rounds=40 warmup=5 pauseMillis=300 parallel=200 loops=2 serverPid=PID}; with
 * {@code serverPid} it also reports the CPU the server and this client used per measured round.
 */
public final class FanoutBench {
  private final int connections;
  private volatile String currentMarker = "";
  private final AtomicInteger claimed = new AtomicInteger();
  private final AtomicInteger arrived = new AtomicInteger();
  private final AtomicLong firstArrival = new AtomicLong();
  private final AtomicLong lastArrival = new AtomicLong();
  private final AtomicLongArray arrivals;

  private FanoutBench(int connections) {
    this.connections = connections;
    this.arrivals = new AtomicLongArray(connections);
  }

  public static void main(String[] args) throws Exception {
    BenchArgs a = new BenchArgs(args);
    int port = a.integer("port", 0);
    String apiKey = a.string("apiKey", "da2-rtbench00000000000000000001");
    int connections = a.integer("connections", 10_000);
    int rounds = a.integer("rounds", 40);
    int warmup = a.integer("warmup", 5);
    int pauseMillis = a.integer("pauseMillis", 300);
    int parallel = a.integer("parallel", 200);
    int loops = a.integer("loops", 2);
    long serverPid = a.integer("serverPid", 0);
    a.requireAllRead();
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
    try {
      new FanoutBench(connections).run(vertx, port, apiKey, rounds, warmup, pauseMillis, parallel, serverPid);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
  }

  private void run(Vertx vertx, int port, String apiKey, int rounds, int warmup, int pauseMillis, int parallel,
      long serverPid) throws Exception {
    WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions()
        .setMaxConnections(connections + 10).setConnectTimeout(30_000));
    long opening = System.nanoTime();
    List<WebSocket> sockets = await(new Connections(client, port, apiKey, this::onData).open(connections, parallel), 600);
    System.out.printf(Locale.ROOT, "%d connections subscribed in %.1f s%n", sockets.size(), (System.nanoTime() - opening) / 1e9);
    Publisher publisher = new Publisher(vertx, port, apiKey, 4);
    long[] last = new long[rounds];
    long[] first = new long[rounds];
    long[] median = new long[rounds];
    int measured = 0;
    int incomplete = 0;
    double serverCpu = 0;
    double clientCpu = 0;
    for (int round = 0; round < warmup + rounds; round++) {
      if (round == warmup) {
        serverCpu = ProcessCpu.millis(serverPid);
        clientCpu = ProcessCpu.millis(ProcessHandle.current().pid());
      }
      long[] times = round(publisher, "F-" + round);
      if (times == null) {
        incomplete++;
      } else if (round >= warmup) {
        first[measured] = times[0];
        median[measured] = times[1];
        last[measured++] = times[2];
      }
      Thread.sleep(pauseMillis); // a benchmark main thread: let the previous round's writes settle
    }
    report(measured, incomplete, first, median, last);
    // includes the idle pauses between rounds (keep-alive sweeps, GC, JIT): an upper bound per event
    System.out.printf(Locale.ROOT, "RESULT fanout-cpu serverCpuPerRound=%.1f ms clientCpuPerRound=%.1f ms (pause %d ms)%n",
        (ProcessCpu.millis(serverPid) - serverCpu) / rounds,
        (ProcessCpu.millis(ProcessHandle.current().pid()) - clientCpu) / rounds, pauseMillis);
    await(publisher.close(), 10);
  }

  /** One mutation; returns {first, median, last} delivery times in ns, or null if some never arrived. */
  private long[] round(Publisher publisher, String marker) throws Exception {
    arrived.set(0);
    claimed.set(0);
    lastArrival.set(0);
    firstArrival.set(0);
    currentMarker = marker;
    long sent = System.nanoTime();
    Future<Buffer> answer = publisher.publish(marker);
    long deadline = sent + TimeUnit.SECONDS.toNanos(10);
    while (arrived.get() < connections && System.nanoTime() < deadline) {
      Thread.sleep(1); // polled by the main thread; arrivals are timestamped on the event loops
    }
    await(answer, 10);
    if (arrived.get() < connections) {
      System.out.printf("round %s: only %d of %d connections got the event%n", marker, arrived.get(), connections);
      return null;
    }
    long[] sorted = new long[connections];
    for (int i = 0; i < connections; i++) {
      sorted[i] = arrivals.get(i);
    }
    java.util.Arrays.sort(sorted);
    return new long[] {firstArrival.get() - sent, sorted[connections / 2] - sent, lastArrival.get() - sent};
  }

  private void onData(Buffer message) {
    long now = System.nanoTime();
    if (!currentMarker.equals(AppSyncSubscriber.marker(message))) {
      return;
    }
    int slot = claimed.getAndIncrement();
    if (slot < connections) {
      arrivals.set(slot, now);
    }
    firstArrival.compareAndSet(0, now);
    lastArrival.accumulateAndGet(now, Math::max);
    arrived.incrementAndGet(); // last, so the main thread sees every timestamp once the count is full
  }

  private void report(int measured, int incomplete, long[] first, long[] median, long[] last) {
    System.out.println(new Percentiles(first, measured).summary("first delivery"));
    System.out.println(new Percentiles(median, measured).summary("median delivery"));
    Percentiles lastDelivery = new Percentiles(last, measured);
    System.out.println(lastDelivery.summary("LAST delivery"));
    System.out.printf(Locale.ROOT, "RESULT fanout connections=%d rounds=%d incomplete=%d lastP50=%.2f lastP99=%.2f lastMax=%.2f "
            + "firstP50=%.2f medianP50=%.2f%n", connections, measured, incomplete, lastDelivery.millis(50),
        lastDelivery.millis(99), lastDelivery.maxMillis(), new Percentiles(first, measured).millis(50),
        new Percentiles(median, measured).millis(50));
  }

  private static <T> T await(Future<T> future, int seconds) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(seconds, TimeUnit.SECONDS);
  }
}
