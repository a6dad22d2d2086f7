package io.tributary.pubsub;

import io.tributary.testsupport.Await;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

/** One simulated gateway node in a test: its own Vert.x instance and its own bus. */
final class BusNode implements AutoCloseable {
  final Vertx vertx;
  final TopicBus bus;

  private BusNode(Vertx vertx, TopicBus bus) {
    this.vertx = vertx;
    this.bus = bus;
  }

  static BusNode redis(RedisBusOptions options) {
    Vertx vertx = Vertx.vertx();
    return new BusNode(vertx, RedisTopicBus.create(vertx, options));
  }

  static BusNode inProcess() {
    Vertx vertx = Vertx.vertx();
    return new BusNode(vertx, new InProcessTopicBus(vertx));
  }

  /** A fresh event-loop context, as a verticle (or a WebSocket connection) would have. */
  Context newContext() {
    ContextHolder holder = new ContextHolder();
    Await.result(vertx.deployVerticle(holder));
    return holder.context();
  }

  /** Subscribes from {@code context}; waits for the subscription to take effect. */
  TopicSubscription subscribeOn(Context context, String topic, Handler<Buffer> handler) {
    Promise<TopicSubscription> result = Promise.promise();
    context.runOnContext(v -> bus.subscribe(topic, handler).onComplete(result));
    return Await.result(result.future());
  }

  TopicSubscription subscribe(String topic, Handler<Buffer> handler) {
    return Await.result(bus.subscribe(topic, handler));
  }

  void publish(String topic, String message) {
    Await.result(bus.publish(topic, Buffer.buffer(message)));
  }

  Future<Void> tryPublish(String topic, String message) {
    return bus.publish(topic, Buffer.buffer(message));
  }

  void awaitUp() {
    Await.until("bus to be connected", () -> bus.health().up());
  }

  @Override
  public void close() {
    Await.result(bus.close());
    Await.result(vertx.close());
  }

  private static final class ContextHolder extends AbstractVerticle {
    Context context() {
      return context;
    }
  }
}
