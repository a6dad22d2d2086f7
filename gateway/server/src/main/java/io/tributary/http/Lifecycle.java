package io.tributary.http;

import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether this node should get traffic, and how many GraphQL requests it is still answering: what
 * {@code GET /ready} reports to a load balancer or orchestrator, and what a graceful shutdown waits
 * for before it stops.
 */
public final class Lifecycle {
  private final AtomicInteger inFlight = new AtomicInteger();
  private final io.tributary.observability.GatewayMetrics metrics;
  private volatile boolean draining;

  public Lifecycle() {
    this(io.tributary.observability.GatewayMetrics.NONE);
  }

  /** @param metrics told each request's status and latency when it ends */
  public Lifecycle(io.tributary.observability.GatewayMetrics metrics) {
    this.metrics = metrics;
  }

  /** Counts {@code rc} until its response has been sent (or its connection closed). */
  public void track(RoutingContext rc) {
    inFlight.incrementAndGet();
    long start = System.nanoTime();
    rc.addEndHandler(done -> {
      inFlight.decrementAndGet();
      metrics.request(rc.response().getStatusCode(), System.nanoTime() - start);
    });
  }

  /** From now on {@code /ready} answers 503, so traffic moves to other nodes. */
  public void startDraining() {
    draining = true;
  }

  public boolean draining() {
    return draining;
  }

  public int inFlight() {
    return inFlight.get();
  }
}
