package io.tributary.pubsub;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * Confines work to the context that owns a Redis client, and hands results back to whichever
 * context asked. The Redis connection and the bus state are only touched from the owner, so they
 * need no locks and never see two threads.
 */
final class OwnerContext {
  private final Context owner;

  OwnerContext(Context owner) {
    this.owner = owner;
  }

  void run(Runnable task) {
    if (Vertx.currentContext() == owner) {
      task.run();
      return;
    }
    owner.runOnContext(v -> task.run());
  }

  /** Runs {@code action} on the owner; the returned future completes on the caller's context. */
  <T> Future<T> call(Supplier<Future<T>> action) {
    Context caller = Vertx.currentContext();
    Promise<T> result = Promise.promise();
    run(() -> start(action).onComplete(outcome -> completeOn(caller, result, outcome)));
    return result.future();
  }

  private static <T> Future<T> start(Supplier<Future<T>> action) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private static <T> void completeOn(Context caller, Promise<T> result, AsyncResult<T> outcome) {
    if (caller == null || Vertx.currentContext() == caller) {
      result.handle(outcome);
      return;
    }
    caller.runOnContext(v -> result.handle(outcome));
  }
}
