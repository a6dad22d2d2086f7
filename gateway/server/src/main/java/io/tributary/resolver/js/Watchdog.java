package io.tributary.resolver.js;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Enforces the time limit. Invocations only write a deadline into their context, which costs
 * nothing; one daemon thread scans all contexts every few milliseconds and cancels overrunners.
 * Closing a cancelled context waits for its thread to leave guest code, so that happens on a
 * separate thread and one slow cancellation never delays the next scan.
 */
final class Watchdog implements AutoCloseable {

  static final long SCAN_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private final ContextPool pool;
  private final Thread scanner;
  private final ExecutorService closer = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "tributary-js-cancel");
    thread.setDaemon(true);
    return thread;
  });
  private volatile boolean running = true;

  Watchdog(ContextPool pool) {
    this.pool = pool;
    this.scanner = new Thread(this::scanLoop, "tributary-js-watchdog");
    this.scanner.setDaemon(true);
    this.scanner.start();
  }

  private void scanLoop() {
    while (running) {
      LockSupport.parkNanos(SCAN_INTERVAL_NANOS);
      scanOnce(System.nanoTime());
    }
  }

  private void scanOnce(long now) {
    for (PooledContext context : pool.live()) {
      if (context.tryCancel(now)) {
        pool.forget(context);
        closer.execute(context::close);
      }
    }
  }

  @Override
  public void close() {
    running = false;
    LockSupport.unpark(scanner);
    closer.shutdown();
  }
}
