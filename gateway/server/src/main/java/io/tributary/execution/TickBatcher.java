package io.tributary.execution;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A per-request loader that coalesces every key requested during one event-loop turn into batch
 * calls, the way JavaScript's DataLoader batches per tick.
 *
 * <p>Why per turn instead of graphql-java's level-based dispatch: resolvers here are asynchronous
 * (a JS handler, then a data source, then maybe another pipeline function), so a load can be
 * issued after any number of async hops. Every resolver of one list level still runs inside the
 * same event-loop task (graphql-java completes sibling fields synchronously once their parent's
 * future completes on this context), so "flush when the current task ends" batches them all
 * without anyone dispatching by hand, and loads that arrive later simply form the next batch.
 *
 * <p>Keys are de-duplicated for the life of the request (a repeated key is fetched once) and
 * batches are cut at {@code maxBatchSize}. Must only be used from its context.
 *
 * @param <K> the key type; must have value equality
 * @param <V> the loaded value; {@code null} for a missing item
 */
public final class TickBatcher<K, V> {
  private final Context context;
  private final int maxBatchSize;
  private final Function<List<K>, Future<Map<K, V>>> batchFunction;
  private final Map<K, Future<V>> cache = new LinkedHashMap<>();
  private Map<K, Promise<V>> pending = new LinkedHashMap<>();
  private boolean flushScheduled;

  /**
   * @param batchFunction loads up to {@code maxBatchSize} distinct keys; keys absent from the
   *     returned map resolve to {@code null}
   */
  public TickBatcher(
      Context context, int maxBatchSize, Function<List<K>, Future<Map<K, V>>> batchFunction) {
    if (maxBatchSize < 1) {
      throw new IllegalArgumentException("maxBatchSize must be at least 1");
    }
    this.context = context;
    this.maxBatchSize = maxBatchSize;
    this.batchFunction = batchFunction;
  }

  public Future<V> load(K key) {
    Future<V> known = cache.get(key);
    if (known != null) {
      return known;
    }
    Promise<V> promise = Promise.promise();
    pending.put(key, promise);
    cache.put(key, promise.future());
    scheduleFlush();
    return promise.future();
  }

  private void scheduleFlush() {
    if (flushScheduled) {
      return;
    }
    flushScheduled = true;
    context.runOnContext(v -> flush());
  }

  private void flush() {
    flushScheduled = false;
    Map<K, Promise<V>> batch = pending;
    pending = new LinkedHashMap<>();
    List<K> keys = new ArrayList<>(batch.keySet());
    for (int from = 0; from < keys.size(); from += maxBatchSize) {
      List<K> slice = keys.subList(from, Math.min(keys.size(), from + maxBatchSize));
      dispatch(List.copyOf(slice), batch);
    }
  }

  private void dispatch(List<K> keys, Map<K, Promise<V>> promises) {
    Future<Map<K, V>> result;
    try {
      result = batchFunction.apply(keys);
    } catch (RuntimeException e) {
      result = Future.failedFuture(e);
    }
    result.onComplete(
        ar -> {
          for (K key : keys) {
            Promise<V> promise = promises.get(key);
            if (ar.succeeded()) {
              promise.tryComplete(ar.result() == null ? null : ar.result().get(key));
            } else {
              promise.tryFail(ar.cause());
            }
          }
        });
  }
}
