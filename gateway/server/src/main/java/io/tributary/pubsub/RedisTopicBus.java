package io.tributary.pubsub;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClientOptions;
import io.vertx.redis.client.ProtocolVersion;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cross-node bus over Redis pub/sub (classic or sharded).
 *
 * <p>Each node holds one dedicated subscriber connection and reference-counts topics on it: the
 * first local handler of a topic subscribes its channel, the last one to leave unsubscribes it,
 * and every incoming message fans out to the topic's local handlers on their own contexts.
 * Publishing uses a separate small pool, so a burst of publishes never queues behind pushes.
 *
 * <p>When Redis goes away the bus reconnects by itself with jittered exponential backoff and
 * re-subscribes every topic that still has handlers; meanwhile publishes fail fast with {@link
 * TopicBusUnavailableException} and subscribes are recorded for later. All Redis interaction runs
 * on the context that created the bus.
 */
public final class RedisTopicBus implements TopicBus {
  /** Bounds how long a publish can hang on a half-dead server before the caller hears back. */
  private static final long PUBLISH_TIMEOUT_MILLIS = 5_000;
  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
  private static final int PUBLISH_POOL_SIZE = 4;
  /** Publishes beyond this many waiting for a pooled connection fail instead of queueing. */
  private static final int PUBLISH_POOL_WAITING = 1_024;

  private final Vertx vertx;
  private final OwnerContext owner;
  private final RedisChannels channels;
  private final Redis publisher;
  private final SubscriberLink link;
  private final LocalSubscribers subscribers = new LocalSubscribers();
  private volatile boolean closed;

  private RedisTopicBus(Vertx vertx, Context context, RedisBusOptions options) {
    this.vertx = vertx;
    this.owner = new OwnerContext(context);
    this.channels = new RedisChannels(options.channelPrefix(), options.sharded());
    this.publisher = Redis.createClient(vertx, publisherOptions(options));
    this.link = new SubscriberLink(
        vertx,
        owner,
        Redis.createClient(vertx, subscriberOptions(options)),
        channels,
        new ReconnectBackoff(options.reconnectInitialDelay(), options.reconnectMaxDelay()),
        this::wantedChannels,
        this::dispatch);
  }

  /**
   * Creates the bus and starts connecting in the background; it is usable at once. The calling
   * context (or a new one, off Vert.x threads) becomes the owner of all Redis interaction.
   */
  public static RedisTopicBus create(Vertx vertx, RedisBusOptions options) {
    RedisTopicBus bus = new RedisTopicBus(vertx, vertx.getOrCreateContext(), options);
    bus.owner.run(bus.link::start);
    return bus;
  }

  @Override
  public Future<Void> publish(String topic, Buffer message) {
    Future<Void> invalid = BusArguments.checkPublish(topic, message);
    if (invalid != null) {
      return invalid;
    }
    if (closed) {
      return Future.failedFuture(new TopicBusUnavailableException("the topic bus is closed"));
    }
    if (link.inOutage()) {
      return Future.failedFuture(new TopicBusUnavailableException("Redis is unreachable ("
          + link.lastError() + "); message on topic '" + topic + "' was not published"));
    }
    Request request = channels.publish(channels.channelOf(topic), message);
    return owner.<Void>call(() -> publisher.send(request)
            .timeout(PUBLISH_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
            .mapEmpty())
        .recover(e -> Future.failedFuture(new TopicBusUnavailableException(
            "publishing on topic '" + topic + "' failed: " + e.getMessage(), e)));
  }

  @Override
  public Future<TopicSubscription> subscribe(String topic, Handler<Buffer> handler) {
    Future<TopicSubscription> invalid = BusArguments.checkSubscribe(topic, handler);
    if (invalid != null) {
      return invalid;
    }
    if (closed) {
      return Future.failedFuture(new TopicBusUnavailableException("the topic bus is closed"));
    }
    LocalSubscription subscription =
        new LocalSubscription(topic, handler, vertx.getOrCreateContext());
    return owner.call(() -> register(subscription))
        .map(v -> new LocalTopicSubscription(subscription, this::remove));
  }

  @Override
  public BusHealth health() {
    BusHealth health = link.health(subscribers.topicCount());
    if (!closed) {
      return health;
    }
    return new BusHealth(false, "the topic bus is closed", health.reconnectAttempts(), 0);
  }

  @Override
  public Future<Void> close() {
    if (closed) {
      return Future.succeededFuture();
    }
    closed = true;
    return owner.call(() -> {
      subscribers.clear();
      return Future.join(link.close(), publisher.close()).mapEmpty();
    });
  }

  private Future<Void> register(LocalSubscription subscription) {
    if (closed) {
      return Future.failedFuture(new TopicBusUnavailableException("the topic bus is closed"));
    }
    String channel = channels.channelOf(subscription.topic());
    if (subscribers.add(subscription)) {
      return link.subscribe(channel);
    }
    return link.whenSubscribed(channel);
  }

  private Future<Void> remove(LocalSubscription subscription) {
    return owner.call(() -> {
      if (subscribers.remove(subscription) && !closed) {
        link.unsubscribe(channels.channelOf(subscription.topic()));
      }
      return Future.succeededFuture();
    });
  }

  private List<String> wantedChannels() {
    return subscribers.topics().stream().map(channels::channelOf).toList();
  }

  private void dispatch(PushMessage message) {
    String topic = channels.topicOf(message.channel());
    if (topic == null || closed) {
      return;
    }
    List<LocalSubscription> handlers = subscribers.of(topic);
    for (int i = 0; i < handlers.size(); i++) {
      // The last handler may keep the received buffer; the others get copies so no handler sees
      // another's changes.
      boolean last = i == handlers.size() - 1;
      handlers.get(i).deliver(last ? message.payload() : message.payload().copy());
    }
  }

  private static RedisOptions publisherOptions(RedisBusOptions options) {
    return baseOptions(options)
        .setMaxPoolSize(PUBLISH_POOL_SIZE)
        .setMaxPoolWaiting(PUBLISH_POOL_WAITING);
  }

  /**
   * A pool of exactly one, never recycled: the subscriber connection is held for the life of the
   * bus and replaced only by the reconnect logic.
   */
  private static RedisOptions subscriberOptions(RedisBusOptions options) {
    return baseOptions(options).setMaxPoolSize(1).setMaxPoolWaiting(1).setPoolRecycleTimeout(-1);
  }

  private static RedisOptions baseOptions(RedisBusOptions options) {
    NetClientOptions net = new NetClientOptions()
        .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
        .setTcpKeepAlive(true);
    return new RedisOptions()
        .setConnectionString(options.endpoint())
        .setPreferredProtocolVersion(ProtocolVersion.RESP3)
        .setNetClientOptions(net);
  }
}
