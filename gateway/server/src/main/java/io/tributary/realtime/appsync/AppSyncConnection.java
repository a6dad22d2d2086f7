package io.tributary.realtime.appsync;

import static io.tributary.realtime.appsync.AppSyncMessages.problem;

import io.tributary.auth.Identity;
import io.tributary.auth.UnauthorizedException;
import io.tributary.http.JsonCodec;
import io.tributary.realtime.AuthTarget;
import io.tributary.realtime.HeaderObjects;
import io.tributary.realtime.Operation;
import io.tributary.realtime.RealtimeConnection;
import io.tributary.realtime.RealtimeEnvironment;
import io.tributary.realtime.SubscribeException;
import io.tributary.realtime.SubscribeRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import java.util.List;
import java.util.Map;

/**
 * One AppSync real-time connection (appsync.md §1). States: authenticating (the socket is paused,
 * so nothing is read before the handshake credentials are checked), waiting (authenticated, no
 * {@code connection_init} or {@code start} yet: the init timeout runs), active, acknowledged.
 *
 * <p>{@code connection_init} is optional in AppSync, and AppSync answers a {@code start} sent
 * before the {@code connection_ack} (appsync.md §1.3 notes the doc's "messages before the ack are
 * ignored", but real AppSync processes them). Since credentials come with the handshake and are
 * checked before the first message is read, a {@code start} without {@code connection_init} is
 * served. Every other illegal input gets an {@code error} message.
 */
final class AppSyncConnection extends RealtimeConnection {
  private static final byte AUTHENTICATING = 0;
  private static final byte WAITING = 1;
  private static final byte ACTIVE = 2;
  private static final byte ACKNOWLEDGED = 3;
  static final String PROTOCOL = "graphql-ws";
  private static final String EXPIRED = "Token has expired.";

  private byte state = AUTHENTICATING;
  private Identity identity;

  AppSyncConnection(ServerWebSocket ws, RealtimeEnvironment env) {
    super(ws, env);
  }

  void start() {
    open();
    if (!PROTOCOL.equals(ws.subProtocol())) {
      refuse(problem("SubProtocolNotSupportedError", "SubProtocolNotSupportedError", 400), (short) 1002);
      return;
    }
    HandshakeHeaders handshake = HandshakeHeaders.of(ws);
    if (handshake.problem() != null) {
      refuse(problem("BadRequestException", handshake.problem(), 400), (short) 1000);
      return;
    }
    ws.pause();
    authenticate(handshake.headers()).onComplete(result -> onLoop(() -> authenticated(result.result(), result.cause())));
  }

  private void authenticated(Identity identity, Throwable failure) {
    if (closing()) {
      return;
    }
    if (failure != null) {
      connected(false);
      refuse(unauthorized(failure, 401), (short) 1000);
      return;
    }
    connected(true);
    this.identity = identity;
    state = WAITING;
    ws.resume();
  }

  private void refuse(Map<String, Object> error, short code) {
    sendFinal(AppSyncMessages.connectionError(error));
    closeWith(code, String.valueOf(error.get("message")));
  }

  @Override
  protected void onText(Buffer text) {
    Object parsed;
    try {
      parsed = JsonCodec.parse(text.getBytes());
    } catch (IllegalArgumentException e) {
      error(null, problem("BadRequestException", "Message is not valid JSON: " + e.getMessage(), 400));
      return;
    }
    if (!(parsed instanceof Map<?, ?> message)) {
      error(null, problem("BadRequestException", "Message must be a JSON object.", 400));
      return;
    }
    Object type = message.get("type");
    if ("connection_init".equals(type)) {
      init();
    } else if ("start".equals(type)) {
      start(message);
    } else if ("stop".equals(type)) {
      stop(message);
    } else {
      String name = type instanceof String s ? s : "unknown";
      error(idOf(message), problem("UnsupportedOperation", name + " not supported through the realtime channel", null));
    }
  }

  private void init() {
    if (state == ACKNOWLEDGED) {
      error(null, problem("BadRequestException", "connection_init was already acknowledged.", 400));
      return;
    }
    state = ACKNOWLEDGED;
    send(AppSyncMessages.connectionAck(env.config().connectionTimeout().toMillis()));
    send(AppSyncMessages.keepAlive());
  }

  private void start(Map<?, ?> message) {
    String id = idOf(message);
    if (id == null) {
      error(null, problem("BadRequestException", "start requires a non-empty string id.", 400));
      return;
    }
    if (state == WAITING) {
      state = ACTIVE;
    }
    StartMessage start;
    try {
      start = StartMessage.parse(message.get("payload"));
    } catch (StartMessage.Invalid e) {
      // AppSync's own answer to a start it cannot read
      error(id, problem("UnsupportedOperation", "unknown not supported through the realtime channel", null));
      return;
    }
    reserveAndSubscribe(id, start);
  }

  private void reserveAndSubscribe(String id, StartMessage start) {
    if (operationCount() >= env.config().maxSubscriptionsPerConnection()) {
      int max = env.config().maxSubscriptionsPerConnection();
      error(id, problem("MaxSubscriptionsReachedError", "Max number of " + max + " subscriptions reached", null));
      return;
    }
    Operation operation = reserve(id);
    if (operation == null) {
      error(id, problem("DuplicatedOperationError", "Subscription id " + id + " is already in use on this connection.", null));
      return;
    }
    if (start.authorization() == null) {
      Map<String, String> headers = HandshakeHeaders.of(ws).headers();
      subscribe(operation, start, identity, headers);
      return;
    }
    Map<String, String> headers = HeaderObjects.lowerCased(start.authorization());
    // A per-start IAM signature covers POST <graphql path> with the start's data string as body.
    AuthTarget target = new AuthTarget(env.graphqlPath(), start.data(), start.query(), start.operationName(),
        start.variables());
    authenticate(headers, target).onComplete(result -> onLoop(() -> {
      if (operation.ended() || closing()) {
        return;
      }
      if (result.failed()) {
        endOperation(id);
        error(id, unauthorized(result.cause(), null));
        return;
      }
      subscribe(operation, start, result.result(), headers);
    }));
  }

  private void subscribe(Operation operation, StartMessage start, Identity who, Map<String, String> authorization) {
    String id = operation.id();
    SubscribeRequest request = new SubscribeRequest(id, start.query(), start.operationName(), start.variables(), who,
        HandshakeHeaders.forResolvers(ws, authorization), operation);
    subscribe(operation, request, () -> send(AppSyncMessages.startAck(id)), failure -> error(id, failure));
  }

  private void stop(Map<?, ?> message) {
    String id = idOf(message);
    if (id == null) {
      error(null, problem("BadRequestException", "stop requires a non-empty string id.", 400));
      return;
    }
    if (endOperation(id) == null) {
      error(id, problem("BadRequestException", "No subscription with id " + id + " on this connection.", 400));
      return;
    }
    send(AppSyncMessages.complete(id));
  }

  @Override
  protected void sweep(long now, boolean keepAliveDue) {
    if (now - openedAt >= env.config().maxConnectionLifetime().toMillis()) {
      closeWith((short) 1000, "Maximum connection lifetime reached");
      return;
    }
    if (state <= WAITING && now - openedAt >= env.config().connectionInitTimeout().toMillis()) {
      String message = "No connection_init received within " + env.config().connectionInitTimeout().toMillis() + " ms.";
      refuse(problem("ConnectionInitTimeoutError", message, 400), (short) 1000);
      return;
    }
    if (expired(identity)) {
      refuse(problem("UnauthorizedException", EXPIRED, 401), (short) 1000);
      return;
    }
    endExpiredSubscriptions();
    if (keepAliveDue && state >= ACTIVE) {
      send(AppSyncMessages.keepAlive());
    }
  }

  @Override
  protected void credentialsExpired(Operation operation) {
    error(operation.id(), problem("UnauthorizedException", EXPIRED, 401));
  }

  @Override
  protected void sendEvent(Operation operation, Buffer payload) {
    send(AppSyncMessages.data(operation.id(), payload));
  }

  @Override
  protected void payloadTooLarge(Operation operation, int bytes) {
    String message = payloadTooLargeMessage(bytes, env.config().maxPayloadBytes());
    error(operation.id(), problem("LimitExceededError", message, null));
  }

  @Override
  protected void serverComplete(Operation operation, boolean closeConnection) {
    send(AppSyncMessages.complete(operation.id()));
    if (closeConnection) {
      closeWith((short) 1000, "Subscription invalidated");
    }
  }

  @Override
  protected void onBinary() {
    sendFinal(AppSyncMessages.error(null, List.of(problem("BadRequestException", "Binary messages are not supported; send JSON text.", 400))));
    closeWith((short) 1003, "Binary messages are not supported");
  }

  @Override
  protected void onTooLarge() {
    String message = "Message larger than " + env.config().maxFrameBytes() + " bytes.";
    sendFinal(AppSyncMessages.error(null, List.of(problem("LimitExceededError", message, 400))));
    closeWith(MESSAGE_TOO_BIG, "Message too big");
  }

  @Override
  protected void onSlowConsumer() {
    String message = "The client did not read messages fast enough; the connection is closed.";
    sendFinal(AppSyncMessages.error(null, List.of(problem("SlowConsumerError", message, null))));
    closeWith(TRY_AGAIN_LATER, "Client too slow");
  }

  private void error(String id, Map<String, Object> error) {
    send(AppSyncMessages.error(id, List.of(error)));
  }

  private void error(String id, Throwable failure) {
    if (failure instanceof SubscribeException refused) {
      send(AppSyncMessages.error(id, refused.errors()));
      return;
    }
    error(id, unauthorized(failure, null));
  }

  /** The client-safe error for an authentication or service failure; internals never leak. */
  private static Map<String, Object> unauthorized(Throwable failure, Integer code) {
    if (failure instanceof UnauthorizedException e) {
      return problem("UnauthorizedException", e.getMessage(), code);
    }
    return problem("InternalFailure", "An internal failure occurred.", code == null ? null : 500);
  }

  private static String idOf(Map<?, ?> message) {
    return message.get("id") instanceof String id && !id.isEmpty() ? id : null;
  }
}
