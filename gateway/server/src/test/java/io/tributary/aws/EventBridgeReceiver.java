package io.tributary.aws;

import io.tributary.http.JsonCodec;
import io.tributary.testsupport.Await;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-test receiver of EventBridge's PutEvents wire protocol ({@code POST /},
 * {@code X-Amz-Target: AWSEvents.PutEvents}, {@code application/x-amz-json-1.1}): it enforces the
 * service's limits (≤ 10 entries, < 256 KB), records what it accepted, and injects faults on
 * request: whole-request throttling for the next N requests, and InternalFailure for every other
 * entry.
 */
public final class EventBridgeReceiver implements AutoCloseable {
  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  private final List<Map<String, Object>> accepted = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger throttleNext = new AtomicInteger();
  private volatile boolean failEveryOther;
  private final int port;

  public EventBridgeReceiver() {
    server = vertx.createHttpServer().requestHandler(this::handle);
    Await.result(server.listen(0, "127.0.0.1"));
    port = server.actualPort();
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  /** Entries accepted so far (each {Source, DetailType, Detail, EventBusName, Resources?, EventId}). */
  public List<Map<String, Object>> accepted() {
    return accepted;
  }

  public int requests() {
    return requests.get();
  }

  /** The next {@code n} requests fail whole with ThrottlingException (HTTP 400). */
  public void throttleNext(int n) {
    throttleNext.set(n);
  }

  /** From now on, entries at odd positions fail with InternalFailure inside a 200 answer. */
  public void failEveryOtherEntry(boolean on) {
    failEveryOther = on;
  }

  @SuppressWarnings("unchecked")
  private void handle(HttpServerRequest request) {
    request.body().onSuccess(body -> {
      requests.incrementAndGet();
      if (!"AWSEvents.PutEvents".equals(request.getHeader("x-amz-target"))) {
        error(request, 400, "UnknownOperationException", "unknown target " + request.getHeader("x-amz-target"));
        return;
      }
      if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        error(request, 400, "ThrottlingException", "Rate exceeded");
        return;
      }
      if (body.length() >= 256 * 1024) {
        error(request, 400, "ValidationException", "Total size of the entries in the request is over the limit.");
        return;
      }
      Map<String, Object> put = (Map<String, Object>) JsonCodec.parse(body.getBytes());
      List<Map<String, Object>> entries = (List<Map<String, Object>>) put.get("Entries");
      if (entries == null || entries.isEmpty() || entries.size() > 10) {
        error(request, 400, "ValidationException", "1 to 10 entries");
        return;
      }
      List<Map<String, Object>> results = new ArrayList<>();
      int failed = 0;
      for (int i = 0; i < entries.size(); i++) {
        if (failEveryOther && i % 2 == 1) {
          failed++;
          results.add(Map.of("ErrorCode", "InternalFailure", "ErrorMessage", "injected"));
          continue;
        }
        String id = UUID.randomUUID().toString();
        Map<String, Object> entry = new java.util.LinkedHashMap<>(entries.get(i));
        entry.put("EventId", id);
        accepted.add(entry);
        results.add(Map.of("EventId", id));
      }
      request.response().putHeader("content-type", "application/x-amz-json-1.1")
          .end(JsonCodec.writeString(Map.of("FailedEntryCount", failed, "Entries", results)));
    });
  }

  private static void error(HttpServerRequest request, int status, String type, String message) {
    request.response().setStatusCode(status).putHeader("content-type", "application/x-amz-json-1.1")
        .putHeader("x-amzn-ErrorType", type)
        .end(JsonCodec.writeString(Map.of("__type", type, "message", message)));
  }

  @Override
  public void close() {
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }
}
