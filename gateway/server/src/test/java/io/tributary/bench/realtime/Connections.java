package io.tributary.bench.realtime;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens many subscribed AppSync connections with at most {@code parallel} handshakes in flight, so
 * the server's accept queue never overflows. Fails on the first connection that cannot subscribe.
 */
final class Connections {
  private final WebSocketClient client;
  private final int port;
  private final String apiKey;
  private final Handler<Buffer> onData;
  private final List<WebSocket> open = new CopyOnWriteArrayList<>();
  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger finished = new AtomicInteger();

  Connections(WebSocketClient client, int port, String apiKey, Handler<Buffer> onData) {
    this.client = client;
    this.port = port;
    this.apiKey = apiKey;
    this.onData = onData;
  }

  Future<List<WebSocket>> open(int count, int parallel) {
    Promise<List<WebSocket>> all = Promise.promise();
    for (int i = 0; i < Math.min(parallel, count); i++) {
      next(count, all);
    }
    return all.future();
  }

  private void next(int count, Promise<List<WebSocket>> all) {
    int index = started.getAndIncrement();
    if (index >= count || all.future().isComplete()) {
      return;
    }
    AppSyncSubscriber.open(client, port, apiKey, "s" + index, onData).onComplete(result -> {
      if (result.failed()) {
        all.tryFail(result.cause());
        return;
      }
      open.add(result.result());
      if (finished.incrementAndGet() == count) {
        all.tryComplete(List.copyOf(open));
        return;
      }
      next(count, all);
    });
  }
}
