package io.tributary.realtime.graphqlws;

import static io.tributary.realtime.graphqlws.GraphQLWsMessages.problem;

import io.tributary.auth.Identity;
import io.tributary.auth.UnauthorizedException;
import io.tributary.http.HeaderMaps;
import io.tributary.http.JsonCodec;
import io.tributary.realtime.HeaderObjects;
import io.tributary.realtime.Operation;
import io.tributary.realtime.RealtimeConnection;
import io.tributary.realtime.RealtimeEnvironment;
import io.tributary.realtime.SubscribeException;
import io.tributary.realtime.SubscribeRequest;
import io.tributary.realtime.TextFrames;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One graphql-transport-ws connection. States: waiting for {@code connection_init} (the init
 * timeout runs), initialising (credentials being checked), acknowledged. Illegal input closes the
 * socket with the protocol's close codes: 4400 bad message, 4401 subscribe before the ack, 4403
 * rejected credentials, 4406 wrong sub-protocol, 4408 init timeout, 4409 duplicate id, 4429 second
 * init; 1009 for messages over {@code maxFrameBytes} and 1013 for a client too slow to read (both
 * retryable for the graphql-ws client, unlike 4429, which it treats as fatal).
 */
final class GraphQLWsConnection extends RealtimeConnection {
  static final String PROTOCOL = "graphql-transport-ws";
  private static final byte WAITING = 0;
  private static final byte INITIALISING = 1;
  private static final byte ACKNOWLEDGED = 2;

  private byte state = WAITING;
  private Identity identity;
  private Map<String, String> initHeaders = Map.of();

  GraphQLWsConnection(ServerWebSocket ws, RealtimeEnvironment env) {
    super(ws, env);
  }

  void start() {
    open();
    if (!PROTOCOL.equals(ws.subProtocol())) {
      closeWith((short) 4406, "Subprotocol not acceptable");
    }
  }

  @Override
  protected void onText(Buffer text) {
    Map<?, ?> message = parse(text);
    if (message == null) {
      closeWith((short) 4400, "Invalid message received");
      return;
    }
    Object type = message.get("type");
    if ("connection_init".equals(type)) {
      init(message.get("payload"));
    } else if ("ping".equals(type)) {
      send(GraphQLWsMessages.pong(message.get("payload")));
    } else if ("subscribe".equals(type)) {
      subscribe(message);
    } else if ("complete".equals(type)) {
      complete(message);
    } else if (!"pong".equals(type)) {
      closeWith((short) 4400, "Invalid message received");
    }
  }

  private static Map<?, ?> parse(Buffer text) {
    try {
      return JsonCodec.parse(text.getBytes()) instanceof Map<?, ?> map && map.get("type") instanceof String ? map : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void init(Object payload) {
    if (state != WAITING) {
      closeWith((short) 4429, "Too many initialisation requests");
      return;
    }
    if (payload != null && !(payload instanceof Map)) {
      closeWith((short) 4400, "connection_init payload must be an object");
      return;
    }
    state = INITIALISING;
    Map<String, String> headers = HeaderMaps.firstValues(ws.headers());
    if (payload instanceof Map<?, ?> fields && !fields.isEmpty()) {
      initHeaders = HeaderObjects.lowerCased(fields);
      headers.putAll(initHeaders);
    }
    authenticate(headers).onComplete(result -> onLoop(() -> initialised(result.result(), result.cause())));
  }

  private void initialised(Identity who, Throwable failure) {
    if (closing()) {
      return;
    }
    if (failure != null) {
      boolean rejected = failure instanceof UnauthorizedException;
      connected(false);
      closeWith(rejected ? (short) 4403 : (short) 4500, rejected ? "Forbidden" : "Internal server error");
      return;
    }
    connected(true);
    identity = who;
    state = ACKNOWLEDGED;
    send(GraphQLWsMessages.ack());
  }

  private void subscribe(Map<?, ?> message) {
    if (state != ACKNOWLEDGED) {
      closeWith((short) 4401, "Unauthorized");
      return;
    }
    String id = message.get("id") instanceof String s && !s.isEmpty() ? s : null;
    SubscribePayload payload = SubscribePayload.parse(message.get("payload"));
    if (id == null || payload == null) {
      closeWith((short) 4400, "Invalid message received");
      return;
    }
    if (operationCount() >= env.config().maxSubscriptionsPerConnection()) {
      int max = env.config().maxSubscriptionsPerConnection();
      send(GraphQLWsMessages.error(id, List.of(problem("MaxSubscriptionsReachedError", "Max number of " + max + " subscriptions reached"))));
      return;
    }
    Operation operation = reserve(id);
    if (operation == null) {
      closeWith((short) 4409, "Subscriber for " + id + " already exists");
      return;
    }
    Map<String, Object> requestHeaders = HeaderMaps.forResolvers(ws.headers());
    requestHeaders.remove("sec-websocket-key");
    requestHeaders.putAll(initHeaders);
    SubscribeRequest request = new SubscribeRequest(id, payload.query(), payload.operationName(), payload.variables(),
        identity, requestHeaders, operation);
    subscribe(operation, request, () -> { }, failure -> send(GraphQLWsMessages.error(id, errorsOf(failure))));
  }

  private void complete(Map<?, ?> message) {
    if (!(message.get("id") instanceof String id) || id.isEmpty()) {
      closeWith((short) 4400, "Invalid message received");
      return;
    }
    // an unknown id is a race with the server's own complete, which the protocol allows
    endOperation(id);
  }

  private static List<Map<String, Object>> errorsOf(Throwable failure) {
    if (failure instanceof SubscribeException refused) {
      return refused.errors();
    }
    if (failure instanceof UnauthorizedException e) {
      return List.of(problem("UnauthorizedException", e.getMessage()));
    }
    return List.of(problem("InternalFailure", "An internal failure occurred."));
  }

  @Override
  protected void sweep(long now, boolean keepAliveDue) {
    if (now - openedAt >= env.config().maxConnectionLifetime().toMillis()) {
      closeWith((short) 1000, "Maximum connection lifetime reached");
      return;
    }
    if (state != ACKNOWLEDGED && now - openedAt >= env.config().connectionInitTimeout().toMillis()) {
      closeWith((short) 4408, "Connection initialisation timeout");
      return;
    }
    if (expired(identity)) {
      // graphql-transport-ws has no connection-level error message; 4403 is its "Forbidden".
      closeWith((short) 4403, "Forbidden: token has expired");
      return;
    }
    endExpiredSubscriptions();
    if (keepAliveDue && state == ACKNOWLEDGED) {
      send(GraphQLWsMessages.ping());
    }
  }

  @Override
  protected void credentialsExpired(Operation operation) {
    send(GraphQLWsMessages.error(operation.id(), List.of(problem("UnauthorizedException", "Token has expired."))));
  }

  @Override
  protected void sendEvent(Operation operation, Buffer payload) {
    send(GraphQLWsMessages.next(operation.id(), payload));
  }

  /** Delivered as an event carrying only an error, so the subscription itself goes on. */
  @Override
  protected void payloadTooLarge(Operation operation, int bytes) {
    String message = payloadTooLargeMessage(bytes, env.config().maxPayloadBytes());
    Buffer payload = TextFrames.json(Map.of("data", Collections.emptyMap(),
        "errors", List.of(problem("LimitExceededError", message))));
    send(GraphQLWsMessages.next(operation.id(), payload));
  }

  /** graphql-transport-ws ends one operation with {@code complete}; the socket stays open. */
  @Override
  protected void serverComplete(Operation operation, boolean closeConnection) {
    send(GraphQLWsMessages.complete(operation.id()));
  }

  @Override
  protected void onBinary() {
    closeWith((short) 4400, "Binary messages are not supported");
  }

  @Override
  protected void onTooLarge() {
    closeWith(MESSAGE_TOO_BIG, "Message too big");
  }

  @Override
  protected void onSlowConsumer() {
    closeWith(TRY_AGAIN_LATER, "Client too slow");
  }
}
