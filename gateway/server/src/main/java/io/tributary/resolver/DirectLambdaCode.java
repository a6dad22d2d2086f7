package io.tributary.resolver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AppSync's direct Lambda resolver: a UNIT resolver on an AWS_LAMBDA data source with no code. The
 * function receives the whole context (arguments, identity, source, request, info, prev, stash) and
 * its answer is the field's value; a function error is the field's error with the function's
 * errorType and errorMessage. With {@code batch} (the data source sets maxBatchSize and the field
 * is not a root field) the items of a list are sent in one BatchInvoke.
 */
public final class DirectLambdaCode implements ResolverCode {
  private static final List<String> EVENT_KEYS = List.of("arguments", "identity", "source", "request", "info", "prev",
      "stash");

  private final String origin;
  private final boolean batch;

  public DirectLambdaCode(String origin, boolean batch) {
    this.origin = origin;
    this.batch = batch;
  }

  @Override
  public String origin() {
    return origin;
  }

  @Override
  public HandlerResult request(ResolverContext ctx) {
    Map<String, Object> all = ctx.toMap(true);
    Map<String, Object> event = new LinkedHashMap<>();
    for (String key : EVENT_KEYS) {
      event.put(key, all.get(key));
    }
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("operation", batch ? "BatchInvoke" : "Invoke");
    request.put("payload", event);
    return new HandlerResult(request, ctx.stash(), null, null, List.of(), ResolverExtensions.NONE);
  }

  @Override
  public HandlerResult response(ResolverContext ctx) {
    Map<String, Object> error = ctx.error();
    if (error != null) {
      ResolverError failure = ResolverError.of(String.valueOf(error.get("type")), String.valueOf(error.get("message")));
      return new HandlerResult(null, ctx.stash(), null, failure, List.of(), ResolverExtensions.NONE);
    }
    return new HandlerResult(ctx.result(), ctx.stash(), null, null, List.of(), ResolverExtensions.NONE);
  }
}
