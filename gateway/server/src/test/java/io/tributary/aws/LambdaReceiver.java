package io.tributary.aws;

import io.tributary.http.JsonCodec;
import io.tributary.testsupport.Await;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-test receiver of Lambda's Invoke wire protocol ({@code POST
 * /2015-03-31/functions/<name>/invocations}, the event as the body, the answer as the body, a
 * function failure as {@code X-Amz-Function-Error: Unhandled} with {errorType, errorMessage}).
 * The AWS SDK's Lambda client is pointed at it; each function is scripted by the test and every
 * event is recorded.
 */
public final class LambdaReceiver implements AutoCloseable {
  private static final Pattern INVOKE = Pattern.compile("/2015-03-31/functions/([^/]+)/invocations");

  /** What a scripted function does with one event. */
  public sealed interface Answer permits Answer.Ok, Answer.Fail, Answer.Late, Answer.Raw {
    /** Answers with this JSON value. */
    record Ok(Object payload) implements Answer {}

    /** The function throws. */
    record Fail(String errorType, String errorMessage) implements Answer {}

    /** Answers after a delay. */
    record Late(long millis, Answer then) implements Answer {}

    /** Answers these exact bytes (malformed answers). */
    record Raw(String body) implements Answer {}
  }

  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  private final Map<String, Function<Object, Answer>> functions = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<Object> events = new CopyOnWriteArrayList<>();
  private final int port;

  public LambdaReceiver() {
    server = vertx.createHttpServer().requestHandler(this::handle);
    Await.result(server.listen(0, "127.0.0.1"));
    port = server.actualPort();
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  /** Scripts {@code name}; the event is whatever JSON the caller sent (an object, or a list for BatchInvoke). */
  public void function(String name, Function<Object, Answer> behaviour) {
    functions.put(name, behaviour);
  }

  /** Every event received, in order (parsed JSON: maps, lists, values). */
  public List<Object> events() {
    return events;
  }

  @SuppressWarnings("unchecked")
  private void handle(HttpServerRequest request) {
    Matcher matcher = INVOKE.matcher(request.path());
    if (!"POST".equals(request.method().name()) || !matcher.matches()) {
      request.response().setStatusCode(404).putHeader("x-amzn-ErrorType", "ResourceNotFoundException")
          .end("{\"Type\":\"User\",\"message\":\"no such route\"}");
      return;
    }
    String name = java.net.URLDecoder.decode(matcher.group(1), java.nio.charset.StandardCharsets.UTF_8);
    request.body().onSuccess(body -> {
      Object event = JsonCodec.parse(body.getBytes());
      events.add(event);
      Function<Object, Answer> behaviour = functions.get(name);
      if (behaviour == null) {
        request.response().setStatusCode(404).putHeader("x-amzn-ErrorType", "ResourceNotFoundException")
            .end("{\"Type\":\"User\",\"message\":\"Function not found: " + name + "\"}");
        return;
      }
      answer(request, behaviour.apply(event));
    });
  }

  private void answer(HttpServerRequest request, Answer answer) {
    if (answer instanceof Answer.Ok ok) {
      request.response().putHeader("content-type", "application/json")
          .putHeader("X-Amz-Executed-Version", "$LATEST").end(JsonCodec.writeString(ok.payload()));
    } else if (answer instanceof Answer.Fail fail) {
      request.response().putHeader("content-type", "application/json")
          .putHeader("X-Amz-Function-Error", "Unhandled")
          .end(JsonCodec.writeString(Map.of("errorType", fail.errorType(), "errorMessage", fail.errorMessage())));
    } else if (answer instanceof Answer.Late late) {
      vertx.setTimer(late.millis(), id -> answer(request, late.then()));
    } else if (answer instanceof Answer.Raw raw) {
      request.response().putHeader("content-type", "application/json").end(raw.body());
    }
  }

  @Override
  public void close() {
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }
}
