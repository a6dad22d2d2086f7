package io.tributary.execution;

import io.vertx.core.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * State that lives exactly as long as one GraphQL operation: the event-loop context it runs on
 * and the batch loaders data sources create lazily. It is only touched from that context, so it
 * needs no locking.
 */
public final class RequestScope {
  private final Context context;
  private final io.tributary.auth.Identity identity;
  private final Map<Object, Object> loaders = new HashMap<>();

  public RequestScope(Context context) {
    this(context, null);
  }

  /** @param identity who is calling (caches scope their entries by it); null when unknown */
  public RequestScope(Context context, io.tributary.auth.Identity identity) {
    this.context = context;
    this.identity = identity;
  }

  /**
   * {@code future}'s outcome, delivered on this request's context: clients that answer on their
   * own threads or contexts (Redis, the AWS SDK) must not run the rest of the request there.
   */
  public <T> io.vertx.core.Future<T> resume(io.vertx.core.Future<T> future) {
    io.vertx.core.Promise<T> promise = io.vertx.core.Promise.promise();
    future.onComplete(result -> {
      if (io.vertx.core.Vertx.currentContext() == context) {
        promise.handle(result);
      } else {
        context.runOnContext(v -> promise.handle(result));
      }
    });
    return promise.future();
  }

  /** Who is calling, or null. */
  public io.tributary.auth.Identity identity() {
    return identity;
  }

  /** The Vert.x context the operation executes on; async results must be completed here. */
  public Context context() {
    return context;
  }

  /**
   * Forgets the loaders whose key matches, so later loads go to the backend again: after a write,
   * a cached read of the same item would be stale.
   */
  public void dropLoaders(java.util.function.Predicate<Object> keyFilter) {
    loaders.keySet().removeIf(keyFilter);
  }

  /** The loader registered under {@code key} for this request, created on first use. */
  @SuppressWarnings("unchecked")
  public <T> T loader(Object key, Supplier<T> factory) {
    return (T) loaders.computeIfAbsent(key, k -> factory.get());
  }
}
