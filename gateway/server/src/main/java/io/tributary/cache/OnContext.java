package io.tributary.cache;

import io.tributary.execution.RequestScope;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/** Brings a store's answer (Redis replies on its connection's context) back to the request's loop. */
final class OnContext {
  private OnContext() {}

  static <T> Future<T> of(Future<T> future, RequestScope scope) {
    Context target = scope.context();
    Promise<T> promise = Promise.promise();
    future.onComplete(result -> {
      if (Vertx.currentContext() == target) {
        promise.handle(result);
      } else {
        target.runOnContext(v -> promise.handle(result));
      }
    });
    return promise.future();
  }
}
