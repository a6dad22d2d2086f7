package io.tributary.realtime.fanout;

import graphql.GraphQLError;
import graphql.schema.GraphQLSchema;
import io.tributary.auth.AuthRequest;
import io.tributary.auth.AuthenticationChain;
import io.tributary.auth.Identity;
import io.tributary.execution.GraphQLEngine;
import io.tributary.execution.OperationRequest;
import io.tributary.execution.PreparedSubscription;
import io.tributary.execution.ResponseShaper;
import io.tributary.execution.SubscriptionPlan;
import io.tributary.http.RequestIds;
import io.tributary.realtime.AuthTarget;
import io.tributary.realtime.LiveSubscription;
import io.tributary.realtime.SubscribeException;
import io.tributary.realtime.SubscribeRequest;
import io.tributary.realtime.SubscriptionService;
import io.tributary.realtime.filter.EventFilter;
import io.tributary.realtime.filter.FilterException;
import io.tributary.realtime.filter.InvalidationFilter;
import io.tributary.realtime.filter.SubscriptionFilter;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway side of both WebSocket protocols: authenticates connections, prepares each
 * subscription through the engine (validation, {@code @aws_*} rules, the field's resolver), and
 * registers it with the calling event loop's registry. The returned future completes only when
 * the subscription's bus topics are live, so {@code start_ack} promises delivery of every later
 * mutation.
 */
final class SubscriptionHub implements SubscriptionService {
  private static final int PROJECTION_CACHE = 1_000;

  private final GraphQLEngine engine;
  private final AuthenticationChain authentication;
  private final Registries registries;
  private final RequestIds requestIds = new RequestIds();
  private final Map<String, Projection> projections = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Projection> eldest) {
      return size() > PROJECTION_CACHE;
    }
  };

  SubscriptionHub(GraphQLEngine engine, AuthenticationChain authentication, Registries registries) {
    this.engine = engine;
    this.authentication = authentication;
    this.registries = registries;
  }

  @Override
  public Future<Identity> authenticate(Map<String, String> headers, String remoteAddress) {
    return authentication.authenticate(new AuthRequest(headers, remoteAddress, null, null));
  }

  @Override
  public Future<Identity> authenticate(Map<String, String> headers, String remoteAddress, AuthTarget target) {
    byte[] body = target.body() == null ? null : target.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return authentication.authenticate(new AuthRequest(headers, remoteAddress, target.query(), target.operationName(),
        "POST", target.path(), body, target.variables()));
  }

  @Override
  public Future<LiveSubscription> subscribe(SubscribeRequest request) {
    Context context = Vertx.currentContext();
    if (context == null) {
      return Future.failedFuture(new IllegalStateException("subscribe must be called on a Vert.x context"));
    }
    OperationRequest operation = new OperationRequest(request.query(), request.operationName(), request.variables(),
        request.identity(), request.requestHeaders(), requestIds.next(), OperationRequest.Transport.WEBSOCKET);
    return engine.prepareSubscription(operation, context).compose(prepared -> register(prepared, request, context));
  }

  private Future<LiveSubscription> register(PreparedSubscription prepared, SubscribeRequest request, Context context) {
    if (!prepared.accepted()) {
      return Future.failedFuture(new SubscribeException(shape(prepared.result().getErrors())));
    }
    Subscriber subscriber;
    try {
      subscriber = subscriber(prepared.plan(), request);
    } catch (FilterException e) {
      return Future.failedFuture(SubscribeException.of("BadRequestException", e.getMessage()));
    }
    LocalRegistry registry = registries.forContext(context);
    return registry.add(subscriber).map(v -> (LiveSubscription) () -> registry.remove(subscriber));
  }

  private Subscriber subscriber(SubscriptionPlan plan, SubscribeRequest request) {
    SubscriptionFilter enhanced = plan.subscriptionFilter() == null ? null : SubscriptionFilter.compile(plan.subscriptionFilter());
    InvalidationFilter invalidation =
        plan.invalidationFilter() == null ? null : InvalidationFilter.compile(plan.invalidationFilter());
    // most subscriptions pass no variables; the parsed empty map would stay alive per subscriber
    Map<String, Object> variables = request.variables() == null || request.variables().isEmpty() ? Map.of() : request.variables();
    return new Subscriber(plan.fieldName(), request.sink(), projection(request), variables,
        EventFilter.of(plan.arguments(), enhanced), invalidation);
  }

  private Projection projection(SubscribeRequest request) {
    String key = request.operationName() + "\n" + request.query();
    synchronized (projections) {
      Projection known = projections.get(key);
      if (known != null) {
        return known;
      }
    }
    Projection compiled = Projection.compile(engine.schema(), request.query(), request.operationName());
    synchronized (projections) {
      projections.put(key, compiled);
    }
    return compiled;
  }

  private static List<Map<String, Object>> shape(List<GraphQLError> errors) {
    List<Map<String, Object>> shaped = new ArrayList<>(errors.size());
    errors.forEach(e -> shaped.add(ResponseShaper.shape(e)));
    return shaped;
  }

  int subscriptionCount() {
    return registries.subscriptionCount();
  }

  GraphQLSchema schema() {
    return engine.schema();
  }
}
