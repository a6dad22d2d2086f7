package io.tributary.realtime;

import io.tributary.auth.Identity;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What both WebSocket protocols share: reading whole text messages under a size limit, a bounded
 * outbound queue, the table of operations and an orderly end. Subclasses are the protocol state
 * machines. Everything runs on the connection's event loop. An idle connection holds a handful of
 * fields; the queue, the partial message and the operation table exist only while needed.
 */
public abstract class RealtimeConnection {
  /** Close code for messages larger than {@code maxFrameBytes} (RFC 6455 "message too big"). */
  public static final short MESSAGE_TOO_BIG = 1009;
  /** Close code for a client that cannot keep up (RFC 6455 "try again later"). */
  public static final short TRY_AGAIN_LATER = 1013;

  protected final ServerWebSocket ws;
  protected final RealtimeEnvironment env;
  protected final long openedAt;
  private final ConnectionSweeper sweeper;
  RealtimeConnection sweepPrev;
  RealtimeConnection sweepNext;
  boolean swept;
  private ArrayDeque<Buffer> backlog;
  private Buffer partial;
  private Map<String, Operation> operations;
  private long earliestExpiry = Long.MAX_VALUE;
  private boolean closing;

  protected RealtimeConnection(ServerWebSocket ws, RealtimeEnvironment env) {
    this.ws = ws;
    this.env = env;
    this.sweeper = env.sweepers().current();
    this.openedAt = ConnectionSweeper.now();
  }

  /** Starts reading and joins the event loop's sweep. */
  protected final void open() {
    ws.frameHandler(this::onFrame);
    ws.exceptionHandler(error -> terminate());
    ws.closeHandler(v -> terminate());
    sweeper.add(this);
  }

  final ConnectionSweeper sweeper() {
    return sweeper;
  }

  protected final boolean closing() {
    return closing;
  }

  // ---- protocol hooks ----

  /** One complete text message (at most {@code maxFrameBytes}). */
  protected abstract void onText(Buffer message);

  protected abstract void onBinary();

  protected abstract void onTooLarge();

  /** The outbound queue overflowed; the queue is already dropped. Send a last word and close. */
  protected abstract void onSlowConsumer();

  /** Called by the event loop's sweeper every tick. */
  protected abstract void sweep(long now, boolean keepAliveDue);

  protected abstract void sendEvent(Operation operation, Buffer payload);

  protected abstract void payloadTooLarge(Operation operation, int bytes);

  /** What both protocols tell a client whose event exceeded {@code maxPayloadBytes}. */
  protected String payloadTooLargeMessage(int bytes, int limit) {
    return "Subscription event of " + bytes + " bytes exceeds the limit of " + limit + " bytes; it was not delivered.";
  }

  /** The server ended the operation (already removed and ended). */
  protected abstract void serverComplete(Operation operation, boolean closeConnection);

  // ---- inbound ----

  private void onFrame(WebSocketFrame frame) {
    if (closing) {
      return;
    }
    try {
      switch (frame.type()) {
        case TEXT -> onTextFrame(frame);
        case CONTINUATION -> onContinuation(frame);
        case BINARY -> onBinary();
        default -> { } // ping, pong and close are answered by Vert.x
      }
    } catch (RuntimeException e) {
      closeWith((short) 1011, "Internal error");
    }
  }

  private void onTextFrame(WebSocketFrame frame) {
    Buffer data = frame.binaryData();
    if (data.length() > env.config().maxFrameBytes()) {
      onTooLarge();
      return;
    }
    if (frame.isFinal()) {
      onText(data);
      return;
    }
    partial = Buffer.buffer(data.length() * 2).appendBuffer(data);
  }

  private void onContinuation(WebSocketFrame frame) {
    if (partial == null) {
      onBinary(); // continuation of a binary message (or of nothing)
      return;
    }
    if (partial.length() + frame.binaryData().length() > env.config().maxFrameBytes()) {
      partial = null;
      onTooLarge();
      return;
    }
    partial.appendBuffer(frame.binaryData());
    if (frame.isFinal()) {
      Buffer message = partial;
      partial = null;
      onText(message);
    }
  }

  // ---- outbound ----

  /** Queues one text message; a client that lets {@code outboundQueueLimit} pile up is dropped. */
  protected final void send(Buffer message) {
    if (closing) {
      return;
    }
    if (backlog == null && !ws.writeQueueFull()) {
      ws.writeFrame(TextFrames.text(message));
      return;
    }
    if (backlog == null) {
      backlog = new ArrayDeque<>();
      ws.drainHandler(v -> drain());
    }
    if (backlog.size() >= env.config().outboundQueueLimit()) {
      backlog = null;
      onSlowConsumer();
      return;
    }
    backlog.add(message);
  }

  private void drain() {
    while (backlog != null && !backlog.isEmpty() && !ws.writeQueueFull()) {
      ws.writeFrame(TextFrames.text(backlog.poll()));
    }
    if (backlog != null && backlog.isEmpty()) {
      backlog = null;
      ws.drainHandler(null);
    }
  }

  /** Writes past the queue: for the last message before closing. */
  protected final void sendFinal(Buffer message) {
    if (!ws.isClosed()) {
      ws.writeFrame(TextFrames.text(message));
    }
  }

  /** Stops the protocol, releases every subscription and closes the socket. */
  protected final void closeWith(short code, String reason) {
    terminate();
    if (!ws.isClosed()) {
      ws.close(code, reason);
    }
  }

  private void terminate() {
    if (closing) {
      return;
    }
    closing = true;
    env.metrics().disconnect();
    backlog = null;
    partial = null;
    sweeper.remove(this);
    if (operations != null) {
      operations.values().forEach(Operation::end);
      operations = null;
    }
  }

  // ---- operations ----

  /** A new operation for {@code id}, or null when the id is already in use on this connection. */
  protected final Operation reserve(String id) {
    if (operations == null) {
      operations = new HashMap<>(4);
    }
    if (operations.containsKey(id)) {
      return null;
    }
    Operation operation = new Operation(this, id);
    operations.put(id, operation);
    return operation;
  }

  protected final int operationCount() {
    return operations == null ? 0 : operations.size();
  }

  /** Removes and ends the operation with this id; null when there is none. */
  protected final Operation endOperation(String id) {
    Operation operation = operations == null ? null : operations.remove(id);
    if (operation != null) {
      operation.end();
    }
    return operation;
  }

  private void forget(Operation operation) {
    if (operations != null && operations.get(operation.id()) == operation) {
      operations.remove(operation.id());
    }
  }

  /**
   * Asks the service for the subscription; {@code onLive} runs once it is live (unless the
   * operation ended meanwhile), {@code onFailure} if the service refused it.
   */
  protected final void subscribe(Operation operation, SubscribeRequest request, Runnable onLive,
      Consumer<Throwable> onFailure) {
    if (request.identity() != null && request.identity().expiresAt() != null) {
      operation.expiresAt = request.identity().expiresAt().toEpochMilli();
      earliestExpiry = Math.min(earliestExpiry, operation.expiresAt);
    }
    Future<LiveSubscription> pending;
    try {
      pending = env.service().subscribe(request);
    } catch (RuntimeException e) {
      pending = Future.failedFuture(e);
    }
    pending.onComplete(result -> sweeper.onLoop(() -> {
      if (result.failed()) {
        forget(operation);
        boolean wasActive = !operation.ended();
        operation.end();
        if (wasActive && !closing) {
          env.metrics().subscribe(false);
          onFailure.accept(result.cause());
        }
        return;
      }
      if (operation.activate(result.result()) && !closing) {
        env.metrics().subscribe(true);
        onLive.run();
      }
    }));
  }

  final void deliver(Operation operation, Buffer payload) {
    if (closing || operation.ended()) {
      return;
    }
    if (payload.length() > env.config().maxPayloadBytes()) {
      env.metrics().publish(false);
      payloadTooLarge(operation, payload.length());
      return;
    }
    env.metrics().publish(true);
    sendEvent(operation, payload);
  }

  final void serverCompleted(Operation operation, boolean closeConnection) {
    if (closing || operation.ended()) {
      return;
    }
    forget(operation);
    operation.end();
    serverComplete(operation, closeConnection);
  }

  /**
   * Ends every subscription whose credential (a JWT's exp, a Lambda answer's TTL) has expired, as
   * AppSync does, telling the client through {@link #credentialsExpired}. Cheap when nothing
   * expires: one comparison per sweep.
   */
  protected final void endExpiredSubscriptions() {
    long now = System.currentTimeMillis();
    if (now < earliestExpiry || operations == null) {
      return;
    }
    long next = Long.MAX_VALUE;
    for (Operation operation : List.copyOf(operations.values())) {
      if (operation.expiresAt <= now) {
        forget(operation);
        operation.end();
        credentialsExpired(operation);
      } else {
        next = Math.min(next, operation.expiresAt);
      }
    }
    earliestExpiry = next;
  }

  /** Counts a connection attempt, accepted (credentials checked) or refused. */
  protected final void connected(boolean accepted) {
    env.metrics().connect(accepted);
  }

  /** Whether {@code identity}'s credential has expired (a connection-level check). */
  protected static boolean expired(Identity identity) {
    return identity != null && identity.expiresAt() != null
        && System.currentTimeMillis() >= identity.expiresAt().toEpochMilli();
  }

  /** A subscription ended because its credential expired; tell the client in the protocol's words. */
  protected abstract void credentialsExpired(Operation operation);

  /** Asks the service to authenticate these headers; a service that throws fails the future. */
  protected final Future<Identity> authenticate(Map<String, String> headers) {
    return authenticate(headers, AuthTarget.handshake(env.graphqlPath()));
  }

  /** Authenticates a credential issued for {@code target}. */
  protected final Future<Identity> authenticate(Map<String, String> headers, AuthTarget target) {
    try {
      return env.service().authenticate(headers, remoteAddress(), target);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  /** Runs on this connection's event loop: now if already there, else queued to it. */
  protected final void onLoop(Runnable action) {
    sweeper.onLoop(action);
  }

  protected final String remoteAddress() {
    return ws.remoteAddress() == null ? null : ws.remoteAddress().hostAddress();
  }
}
