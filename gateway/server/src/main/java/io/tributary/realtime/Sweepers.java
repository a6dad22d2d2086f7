package io.tributary.realtime;

import io.tributary.config.RealtimeConfig;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link ConnectionSweeper} per event loop thread. The sweep period is a quarter of the
 * shortest deadline (keep-alive, init timeout, lifetime), between 10 ms and 1 s, so deadlines are
 * met to within that period.
 */
public final class Sweepers {
  private final Vertx vertx;
  private final long tickMillis;
  private final long keepAliveMillis;
  private final Map<Thread, ConnectionSweeper> byLoop = new ConcurrentHashMap<>();

  public Sweepers(Vertx vertx, RealtimeConfig config) {
    this.vertx = vertx;
    this.keepAliveMillis = config.keepAliveInterval().toMillis();
    long shortest = Math.min(keepAliveMillis,
        Math.min(config.connectionInitTimeout().toMillis(), config.maxConnectionLifetime().toMillis()));
    this.tickMillis = Math.max(10, Math.min(1000, shortest / 4));
  }

  /** Closes every real-time connection on every loop with {@code code}. */
  public void closeAll(short code, String reason) {
    byLoop.values().forEach(sweeper -> sweeper.closeAll(code, reason));
  }

  /** The sweeper of the calling event loop, created on first use. */
  ConnectionSweeper current() {
    return byLoop.computeIfAbsent(Thread.currentThread(),
        thread -> new ConnectionSweeper(vertx, vertx.getOrCreateContext(), tickMillis, keepAliveMillis));
  }

  /** Open connections on all loops; for health and tests. */
  public int connections() {
    int total = 0;
    for (ConnectionSweeper sweeper : byLoop.values()) {
      total += sweeper.size();
    }
    return total;
  }
}
