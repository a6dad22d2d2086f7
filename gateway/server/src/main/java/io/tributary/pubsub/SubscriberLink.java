package io.tributary.pubsub;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import io.vertx.redis.client.ResponseType;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The node's one dedicated subscriber connection, and what keeps it alive.
 *
 * <p>vertx-redis-client never reconnects, so this does: when the connection ends, errors, or a
 * command on it fails, the reference is dropped at once, a single timer is armed with jittered
 * exponential backoff, and on success every channel that still has local handlers is subscribed
 * again. Nothing is queued while Redis is down: subscribe calls only change the set of wanted
 * channels, which is re-read on reconnect, so memory stays bounded however long the outage.
 *
 * <p>Every method must run on the owning context ({@link OwnerContext}); health fields are
 * volatile because {@link #health} may be read from anywhere.
 */
final class SubscriberLink {
  private static final System.Logger LOG = System.getLogger(SubscriberLink.class.getName());

  private enum State { CONNECTING, UP, WAITING, CLOSED }

  /** A subscribe made while a connect attempt is in flight, answered by that attempt. */
  private record ConnectWaiter(String channel, Promise<Void> promise) {}

  private final Vertx vertx;
  private final OwnerContext owner;
  private final Redis client;
  private final RedisChannels channels;
  private final ReconnectBackoff backoff;
  private final Supplier<Collection<String>> wantedChannels;
  private final Handler<PushMessage> onMessage;
  private final SubscribeAcks acks = new SubscribeAcks();
  private final List<ConnectWaiter> connectWaiters = new ArrayList<>();

  private RedisConnection connection;
  private long reconnectTimer = -1;
  private int consecutiveFailures;
  private boolean confirmedSinceConnect;
  private boolean outageLogged;
  private volatile State state = State.WAITING;
  private volatile boolean outage;
  private volatile String lastError;
  private volatile long reconnectAttempts;

  SubscriberLink(
      Vertx vertx,
      OwnerContext owner,
      Redis client,
      RedisChannels channels,
      ReconnectBackoff backoff,
      Supplier<Collection<String>> wantedChannels,
      Handler<PushMessage> onMessage) {
    this.vertx = vertx;
    this.owner = owner;
    this.client = client;
    this.channels = channels;
    this.backoff = backoff;
    this.wantedChannels = wantedChannels;
    this.onMessage = onMessage;
  }

  void start() {
    connect();
  }

  /**
   * Subscribes {@code channel} on the server when connected.
   *
   * @return completes when the server confirmed it; while a connect attempt is in flight, when
   *     that attempt ends; at once when disconnected (the channel is then picked up from {@code
   *     wantedChannels} on reconnect)
   */
  Future<Void> subscribe(String channel) {
    if (state == State.CONNECTING) {
      return awaitConnect(channel);
    }
    if (connection == null) {
      return Future.succeededFuture();
    }
    acks.expect(channel);
    send(connection, channels.subscribe(channel));
    return acks.whenAcked(channel);
  }

  /** A later local handler of an already wanted channel waits for the same confirmation. */
  Future<Void> whenSubscribed(String channel) {
    if (state == State.CONNECTING) {
      return awaitConnect(channel);
    }
    return acks.whenAcked(channel);
  }

  void unsubscribe(String channel) {
    if (connection != null) {
      send(connection, channels.unsubscribe(channel));
    }
  }

  /** True from the first failure until the next successful connect: publishers fail fast. */
  boolean inOutage() {
    return outage;
  }

  String lastError() {
    return lastError;
  }

  BusHealth health(int subscribedTopics) {
    return new BusHealth(state == State.UP, lastError, reconnectAttempts, subscribedTopics);
  }

  Future<Void> close() {
    state = State.CLOSED;
    if (reconnectTimer != -1) {
      vertx.cancelTimer(reconnectTimer);
      reconnectTimer = -1;
    }
    RedisConnection current = connection;
    connection = null;
    acks.releaseAll();
    releaseConnectWaiters();
    if (current != null) {
      current.close();
    }
    return client.close();
  }

  private void connect() {
    if (state == State.CLOSED) {
      return;
    }
    state = State.CONNECTING;
    client.connect().onComplete(result -> owner.run(() -> attemptEnded(result)));
  }

  private void attemptEnded(AsyncResult<RedisConnection> result) {
    if (result.failed()) {
      failed("cannot connect to Redis: " + describe(result.cause()));
      return;
    }
    connected(result.result());
  }

  private void connected(RedisConnection conn) {
    if (state == State.CLOSED) {
      conn.close();
      return;
    }
    connection = conn;
    state = State.UP;
    outage = false;
    confirmedSinceConnect = false;
    conn.handler(response -> owner.run(() -> received(conn, response)));
    conn.endHandler(v -> owner.run(() -> lost(conn, "Redis closed the subscriber connection")));
    conn.exceptionHandler(e -> owner.run(() -> lost(conn, describe(e))));
    Collection<String> wanted = wantedChannels.get();
    if (wanted.isEmpty()) {
      markHealthy();
    }
    wanted.forEach(this::subscribe);
    releaseConnectWaiters();
  }

  /**
   * Bounded by the subscribes arriving during one connect attempt, which the connect timeout
   * caps; a subscribe made right after the bus is created is thereby live when it completes.
   */
  private Future<Void> awaitConnect(String channel) {
    Promise<Void> promise = Promise.promise();
    connectWaiters.add(new ConnectWaiter(channel, promise));
    return promise.future();
  }

  private void releaseConnectWaiters() {
    List<ConnectWaiter> waiters = List.copyOf(connectWaiters);
    connectWaiters.clear();
    for (ConnectWaiter waiter : waiters) {
      acks.whenAcked(waiter.channel()).onComplete(waiter.promise());
    }
  }

  private void received(RedisConnection conn, Response response) {
    if (conn != connection || response == null) {
      return;
    }
    if (response.type() == ResponseType.ERROR) {
      lost(conn, "Redis rejected a subscription command: " + response);
      return;
    }
    PushMessage push = PushMessage.parse(response);
    if (push == null) {
      return;
    }
    switch (push.kind()) {
      case MESSAGE -> onMessage.handle(push);
      case SUBSCRIBED -> confirmed(push.channel());
      case UNSUBSCRIBED -> { }
    }
  }

  /**
   * The backoff (and the outage warning) resets only once the server has accepted a subscription on the new connection,
   * not merely on connect: a server that accepts connections but rejects every SUBSCRIBE (ACLs,
   * no sharded pub/sub) must still see the delay grow instead of a reconnect loop.
   */
  private void confirmed(String channel) {
    if (!confirmedSinceConnect) {
      confirmedSinceConnect = true;
      markHealthy();
    }
    acks.acked(channel);
  }

  private void markHealthy() {
    if (outageLogged) {
      LOG.log(Level.INFO, "Redis topic bus recovered; " + reconnectAttempts
          + " reconnect attempt(s) since start");
    }
    consecutiveFailures = 0;
    outageLogged = false;
  }

  private void send(RedisConnection conn, Request request) {
    conn.send(request)
        .onFailure(e -> owner.run(() -> lost(conn, "Redis command failed: " + describe(e))));
  }

  /** Ignores stale connections: only the current one may trigger a reconnect. */
  private void lost(RedisConnection conn, String reason) {
    if (conn != connection) {
      return;
    }
    connection = null;
    acks.releaseAll();
    conn.close();
    failed(reason);
  }

  private void failed(String reason) {
    if (state == State.CLOSED) {
      return;
    }
    lastError = reason;
    outage = true;
    state = State.WAITING;
    releaseConnectWaiters();
    // One warning per outage; the retries of a long one would otherwise flood the log.
    LOG.log(outageLogged ? Level.DEBUG : Level.WARNING, "Redis topic bus down: " + reason);
    outageLogged = true;
    scheduleReconnect();
  }

  /** At most one timer exists at a time, so a long outage costs one timer, not a growing pile. */
  private void scheduleReconnect() {
    if (reconnectTimer != -1) {
      return;
    }
    long delay = backoff.delayMillis(consecutiveFailures);
    consecutiveFailures = Math.min(consecutiveFailures + 1, Integer.MAX_VALUE - 1);
    reconnectTimer = vertx.setTimer(delay, id -> owner.run(() -> {
      reconnectTimer = -1;
      reconnectAttempts++;
      connect();
    }));
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
