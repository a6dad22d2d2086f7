package io.tributary.resolver.js;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Idle JS contexts, reused last-in-first-out so the warmest one serves the next call. Nobody ever
 * waits: when all are busy a new context is opened, and one returned to a full pool is closed.
 */
final class ContextPool {

  private final Supplier<PooledContext> factory;
  private final int maxIdle;
  private final ConcurrentLinkedDeque<PooledContext> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger idleCount = new AtomicInteger();
  private final Set<PooledContext> live = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  ContextPool(Supplier<PooledContext> factory, int maxIdle) {
    this.factory = factory;
    this.maxIdle = maxIdle;
  }

  PooledContext borrow() {
    PooledContext context = idle.pollFirst();
    if (context != null) {
      idleCount.decrementAndGet();
      return context;
    }
    PooledContext created = factory.get();
    live.add(created);
    if (closed) {
      discard(created);
      throw new IllegalStateException("the JS runtime is closed");
    }
    return created;
  }

  /** Opens contexts until {@code count} are idle, so early requests do not pay for opening them. */
  void prewarm(int count) {
    while (!closed && idleCount.get() < Math.min(count, maxIdle)) {
      PooledContext created = factory.get();
      live.add(created);
      release(created);
    }
  }

  /** Returns a healthy context after use. */
  void release(PooledContext context) {
    if (!closed && idleCount.incrementAndGet() <= maxIdle) {
      idle.offerFirst(context);
      return;
    }
    idleCount.decrementAndGet();
    discard(context);
  }

  /** Drops a context that must not be reused; a cancelled one is closed by its canceller. */
  void discard(PooledContext context) {
    live.remove(context);
    if (!context.cancelled()) {
      context.close();
    }
  }

  /** Every open context, busy or idle, for the watchdog's scan. */
  Iterable<PooledContext> live() {
    return live;
  }

  void forget(PooledContext cancelled) {
    live.remove(cancelled);
  }

  void close() {
    closed = true;
    for (PooledContext context : live) {
      live.remove(context);
      context.close();
    }
    idle.clear();
  }
}
