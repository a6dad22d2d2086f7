package io.tributary.datasource.lambda;

import io.tributary.aws.lambda.LambdaFunctionException;
import io.tributary.aws.lambda.LambdaInvoker;
import io.tributary.datasource.DataSource;
import io.tributary.datasource.DataSourceCall;
import io.tributary.datasource.DataSourceException;
import io.tributary.datasource.JsonKinds;
import io.tributary.execution.TickBatcher;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * AppSync's AWS_LAMBDA data source. {@code {operation: 'Invoke', payload}} calls the function once
 * with the payload; {@code {operation: 'BatchInvoke', payload}} joins every BatchInvoke the same
 * resolver issues in one event-loop turn (the items of a list field) into one invocation whose
 * event is the list of payloads, cut at {@code maxBatchSize}; the function answers a list of the
 * same length, one result per payload, where an element {@code {errorMessage, errorType}} fails
 * only its own item. A function error becomes {@code ctx.error} with the function's
 * errorType/errorMessage, as AppSync maps them.
 */
public final class LambdaDataSource implements DataSource {
  private final String name;
  private final LambdaInvoker function;
  private final int maxBatchSize;
  private final AtomicLong sequence = new AtomicLong();

  public LambdaDataSource(String name, LambdaInvoker function, int maxBatchSize) {
    this.name = name;
    this.function = function;
    this.maxBatchSize = maxBatchSize;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Future<Object> invoke(DataSourceCall call) {
    if (!(call.document() instanceof Map<?, ?> request)) {
      return Future.failedFuture(new DataSourceException("MappingTemplate",
          "A Lambda request must be an object such as { operation: 'Invoke', payload }, got "
              + JsonKinds.describe(call.document())));
    }
    Object operation = request.get("operation");
    Object payload = request.get("payload");
    if ("Invoke".equals(operation)) {
      return call.scope().resume(mapped(safely(payload)));
    }
    if ("BatchInvoke".equals(operation)) {
      RequestBatch batch = call.scope().loader(new BatchKey(name, call.resolver()), () -> new RequestBatch(call));
      long id = sequence.incrementAndGet();
      batch.payloads.put(id, payload);
      return batch.batcher.load(id).compose(LambdaDataSource::itemResult);
    }
    return Future.failedFuture(new DataSourceException("MappingTemplate",
        "Lambda operation must be Invoke or BatchInvoke, got " + operation));
  }

  private record BatchKey(String dataSource, String resolver) {}

  /** One request's BatchInvoke calls from one resolver: their payloads by id, and the batcher. */
  private final class RequestBatch {
    final Map<Long, Object> payloads = new HashMap<>();
    final TickBatcher<Long, Object> batcher;

    RequestBatch(DataSourceCall call) {
      this.batcher = new TickBatcher<>(call.scope().context(), maxBatchSize, this::invoke);
    }

    /** One invocation for these ids; each id gets its element of the answer (or its ItemError). */
    private Future<Map<Long, Object>> invoke(List<Long> ids) {
      List<Object> event = new ArrayList<>(ids.size());
      ids.forEach(id -> event.add(payloads.remove(id)));
      return mapped(safely(event)).map(answer -> {
        Map<Long, Object> results = new HashMap<>();
        if (!(answer instanceof List<?> list) || list.size() != ids.size()) {
          String message = "BatchInvoke answered " + JsonKinds.describe(answer) + " for " + ids.size()
              + " payloads; it must answer a list of the same length";
          ids.forEach(id -> results.put(id, new ItemError("Lambda:MalformedResponse", message)));
          return results;
        }
        for (int i = 0; i < ids.size(); i++) {
          results.put(ids.get(i), element(list.get(i)));
        }
        return results;
      });
    }
  }

  /** {@code {errorMessage, errorType?}} fails that item; anything else is its value. */
  private static Object element(Object value) {
    if (value instanceof Map<?, ?> map && map.get("errorMessage") instanceof String message) {
      String type = map.get("errorType") instanceof String t ? t : "Lambda:Unhandled";
      return new ItemError(type, message);
    }
    return value;
  }

  private Future<Object> safely(Object event) {
    try {
      return function.invoke(event);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private static Future<Object> mapped(Future<Object> invoked) {
    return invoked.recover(e -> Future.failedFuture(toError(e)));
  }

  static DataSourceException toError(Throwable e) {
    if (e instanceof DataSourceException already) {
      return already;
    }
    if (e instanceof LambdaFunctionException failed) {
      return new DataSourceException(failed.errorType(), failed.getMessage());
    }
    return new DataSourceException("Lambda:ServiceException", "The Lambda function could not be invoked: "
        + e.getMessage());
  }

  private record ItemError(String errorType, String message) {}

  private static Future<Object> itemResult(Object value) {
    if (value instanceof ItemError error) {
      return Future.failedFuture(new DataSourceException(error.errorType(), error.message()));
    }
    return Future.succeededFuture(value);
  }

  @Override
  public Future<Void> close() {
    function.close();
    return Future.succeededFuture();
  }
}
