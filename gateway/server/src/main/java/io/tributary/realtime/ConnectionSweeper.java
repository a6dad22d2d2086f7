package io.tributary.realtime;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The one periodic timer of an event loop: it walks that loop's connections and lets each send
 * its keep-alive and enforce its deadlines (init timeout, maximum lifetime). A timer per
 * connection would cost a scheduled task, a handler and a lambda for every idle socket; an
 * intrusive list costs two references. Only its own event loop touches it, so it needs no locks.
 * The timer runs only while the loop has connections.
 */
public final class ConnectionSweeper {
  private final Vertx vertx;
  private final Thread loop;
  private final Context context;
  private final long tickMillis;
  private final long keepAliveMillis;
  private RealtimeConnection head;
  private volatile int size;
  private long timerId = -1;
  private long nextKeepAliveAt;

  ConnectionSweeper(Vertx vertx, Context context, long tickMillis, long keepAliveMillis) {
    this.vertx = vertx;
    this.loop = Thread.currentThread();
    this.context = context;
    this.tickMillis = tickMillis;
    this.keepAliveMillis = keepAliveMillis;
  }

  /** Runs {@code action} on this sweeper's event loop: now if already there, else queued to it. */
  void onLoop(Runnable action) {
    if (Thread.currentThread() == loop) {
      action.run();
      return;
    }
    context.runOnContext(v -> action.run());
  }

  boolean isLoopThread() {
    return Thread.currentThread() == loop;
  }

  int size() {
    return size;
  }

  /** Closes every connection of this loop (on the loop); clients reconnect elsewhere. */
  void closeAll(short code, String reason) {
    onLoop(() -> {
      RealtimeConnection connection = head;
      while (connection != null) {
        RealtimeConnection next = connection.sweepNext;
        connection.closeWith(code, reason);
        connection = next;
      }
    });
  }

  void add(RealtimeConnection connection) {
    connection.sweepNext = head;
    connection.sweepPrev = null;
    if (head != null) {
      head.sweepPrev = connection;
    }
    head = connection;
    connection.swept = true;
    if (size++ == 0) {
      nextKeepAliveAt = now() + keepAliveMillis;
      timerId = vertx.setPeriodic(tickMillis, id -> tick());
    }
  }

  void remove(RealtimeConnection connection) {
    if (!connection.swept) {
      return;
    }
    connection.swept = false;
    if (connection.sweepPrev != null) {
      connection.sweepPrev.sweepNext = connection.sweepNext;
    } else {
      head = connection.sweepNext;
    }
    if (connection.sweepNext != null) {
      connection.sweepNext.sweepPrev = connection.sweepPrev;
    }
    connection.sweepPrev = null;
    connection.sweepNext = null;
    if (--size == 0) {
      vertx.cancelTimer(timerId);
      timerId = -1;
    }
  }

  private void tick() {
    long now = now();
    boolean keepAliveDue = now >= nextKeepAliveAt;
    if (keepAliveDue) {
      nextKeepAliveAt = now + keepAliveMillis;
    }
    RealtimeConnection connection = head;
    while (connection != null) {
      // sweep may close the connection and unlink it, so read the successor first
      RealtimeConnection next = connection.sweepNext;
      connection.sweep(now, keepAliveDue);
      connection = next;
    }
  }

  static long now() {
    return System.nanoTime() / 1_000_000L;
  }
}
