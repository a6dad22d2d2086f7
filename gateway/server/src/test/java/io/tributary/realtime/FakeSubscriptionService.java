package io.tributary.realtime;

import io.tributary.auth.Identity;
import io.tributary.auth.UnauthorizedException;
import io.tributary.config.AuthMode;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A gateway stand-in the tests drive: accepts the API key {@code good-key} or the token
 * {@code Bearer good-token}, refuses documents containing {@code refuse}, and lets the test emit
 * events to, or end, any registered subscription.
 */
final class FakeSubscriptionService implements SubscriptionService {
  static final String GOOD_KEY = "good-key";
  static final String GOOD_TOKEN = "Bearer good-token";

  final ConcurrentLinkedQueue<Map<String, String>> authentications = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<SubscribeRequest> requests = new ConcurrentLinkedQueue<>();
  final Map<String, SubscribeRequest> live = new ConcurrentHashMap<>();
  final Map<String, Promise<LiveSubscription>> held = new ConcurrentHashMap<>();
  final AtomicInteger cancels = new AtomicInteger();
  volatile boolean holdSubscribes;

  @Override
  public Future<Identity> authenticate(Map<String, String> headers, String remoteAddress) {
    authentications.add(Map.copyOf(headers));
    if (GOOD_KEY.equals(headers.get("x-api-key"))) {
      return Future.succeededFuture(Identity.apiKey());
    }
    if (GOOD_TOKEN.equals(headers.get("authorization"))) {
      Identity user = new Identity(AuthMode.AMAZON_COGNITO_USER_POOLS, Map.of("sub", "user-1"), Set.of(), Set.of());
      return Future.succeededFuture(user);
    }
    if ("explode".equals(headers.get("x-api-key"))) {
      return Future.failedFuture(new IllegalStateException("secret internal detail"));
    }
    return Future.failedFuture(new UnauthorizedException(UnauthorizedException.NOT_AUTHORIZED));
  }

  @Override
  public Future<LiveSubscription> subscribe(SubscribeRequest request) {
    requests.add(request);
    if (request.query().contains("refuse")) {
      return Future.failedFuture(SubscribeException.of("ValidationError", "Validation error of type FieldUndefined"));
    }
    if (holdSubscribes) {
      Promise<LiveSubscription> promise = Promise.promise();
      held.put(request.id(), promise);
      return promise.future();
    }
    return Future.succeededFuture(register(request));
  }

  /** Completes a held subscribe, as a service whose resolver finished late would. */
  void release(String id) {
    SubscribeRequest request = requests.stream().filter(r -> r.id().equals(id)).reduce((a, b) -> b).orElseThrow();
    held.remove(id).complete(register(request));
  }

  private LiveSubscription register(SubscribeRequest request) {
    live.put(request.id(), request);
    AtomicInteger once = new AtomicInteger();
    return () -> {
      if (once.getAndIncrement() == 0) {
        live.remove(request.id(), request);
        cancels.incrementAndGet();
      }
    };
  }

  /** Emits to a live subscription; one cancelled meanwhile (a slow consumer dropped) gets nothing. */
  void emit(String id, String json) {
    SubscribeRequest request = live.get(id);
    if (request != null) {
      request.sink().next(Buffer.buffer(json));
    }
  }

  void end(String id, boolean closeConnection) {
    live.get(id).sink().complete(closeConnection);
  }

  SubscribeRequest request(String id) {
    return requests.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  List<String> liveIds() {
    return List.copyOf(live.keySet());
  }
}
