package io.tributary.http;

import graphql.ExecutionResult;
import io.tributary.auth.AuthRequest;
import io.tributary.auth.AuthenticationChain;
import io.tributary.auth.Identity;
import io.tributary.auth.UnauthorizedException;
import io.tributary.execution.GraphQLEngine;
import io.tributary.execution.OperationRequest;
import io.tributary.execution.OperationRequest.Transport;
import io.tributary.execution.ResponseShaper;
import io.tributary.http.GraphQLRequestParser.BadRequest;
import io.tributary.http.GraphQLRequestParser.GraphQLHttpRequest;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /graphql} and {@code GET /graphql}: read the request, authenticate, execute, answer
 * in AppSync's shape. Unreadable requests get 400, failed authentication 401 with AppSync's
 * {@code UnauthorizedException} body; everything the engine returns, errors included, is 200.
 */
public final class GraphQLHttpHandler implements Handler<RoutingContext> {
  private static final Logger LOG = Logger.getLogger(GraphQLHttpHandler.class.getName());
  private static final String JSON = "application/json; charset=UTF-8";

  private final GraphQLEngine engine;
  private final AuthenticationChain authentication;
  private final RequestIds requestIds;
  private final long timeoutMillis;
  private final Lifecycle lifecycle;

  /** @param timeoutMillis how long an operation may run before the client gets ExecutionTimeout */
  public GraphQLHttpHandler(GraphQLEngine engine, AuthenticationChain authentication, RequestIds requestIds,
      long timeoutMillis) {
    this(engine, authentication, requestIds, timeoutMillis, new Lifecycle());
  }

  /** @param lifecycle counts requests in flight, for a graceful shutdown */
  public GraphQLHttpHandler(GraphQLEngine engine, AuthenticationChain authentication, RequestIds requestIds,
      long timeoutMillis, Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
    this.engine = engine;
    this.authentication = authentication;
    this.requestIds = requestIds;
    this.timeoutMillis = timeoutMillis;
  }

  @Override
  public void handle(RoutingContext rc) {
    lifecycle.track(rc);
    String requestId = requestIds.next();
    rc.response().putHeader("x-amzn-RequestId", requestId);
    HttpServerRequest request = rc.request();
    GraphQLHttpRequest parsed;
    try {
      parsed = parse(rc);
    } catch (BadRequest e) {
      respond(rc, 400, ResponseShaper.errorsOnly(List.of(ResponseShaper.simple("MalformedHttpRequestException", e.getMessage()))));
      return;
    }
    Map<String, String> headers = HeaderMaps.view(request.headers());
    AuthRequest authRequest = new AuthRequest(headers, HeaderMaps.remoteAddress(request), parsed.query(),
        parsed.operationName(), request.method().name(), request.uri(), signedBody(rc, headers), parsed.variables());
    authentication
        .authenticate(authRequest)
        .onSuccess(identity -> execute(rc, parsed, identity, requestId))
        .onFailure(cause -> unauthorized(rc, cause));
  }

  /** The raw body, copied only for SigV4 requests (the only mode that signs it). */
  private static byte[] signedBody(RoutingContext rc, Map<String, String> headers) {
    String authorization = headers.get("authorization");
    if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256") || rc.body() == null
        || rc.body().buffer() == null) {
      return null;
    }
    return rc.body().buffer().getBytes();
  }

  private static GraphQLHttpRequest parse(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    if (request.method() == HttpMethod.GET) {
      return GraphQLRequestParser.fromQueryParams(request.params());
    }
    Buffer body = rc.body() == null ? null : rc.body().buffer();
    return GraphQLRequestParser.fromBody(request.getHeader(HttpHeaders.CONTENT_TYPE), body);
  }

  private void execute(RoutingContext rc, GraphQLHttpRequest parsed, Identity identity, String requestId) {
    Transport transport = rc.request().method() == HttpMethod.GET ? Transport.HTTP_GET : Transport.HTTP_POST;
    OperationRequest operation =
        new OperationRequest(
            parsed.query(),
            parsed.operationName(),
            parsed.variables(),
            identity,
            HeaderMaps.forResolvers(rc.request().headers()),
            requestId,
            transport);
    // The operation keeps running if it overruns (its resolvers cannot be recalled), but the client
    // is answered on time and the late result is dropped.
    long timer = rc.vertx().setTimer(timeoutMillis, id -> respond(rc, 200, ResponseShaper.errorsOnly(List.of(
        ResponseShaper.simple("ExecutionTimeout", "The operation did not finish within " + timeoutMillis + " ms.")))));
    engine
        .execute(operation, rc.vertx().getOrCreateContext())
        .onComplete(
            ar -> {
              rc.vertx().cancelTimer(timer);
              if (ar.failed()) {
                LOG.log(Level.WARNING, "operation " + requestId + " failed", ar.cause());
                respond(rc, 500, ResponseShaper.errorsOnly(List.of(ResponseShaper.simple("InternalFailure", "An internal failure occurred."))));
                return;
              }
              ExecutionResult result = ar.result();
              respond(rc, 200, ResponseShaper.toResponse(result));
            });
  }

  private static void unauthorized(RoutingContext rc, Throwable cause) {
    String message =
        cause instanceof UnauthorizedException ? cause.getMessage() : UnauthorizedException.NOT_AUTHORIZED;
    if (!(cause instanceof UnauthorizedException)) {
      LOG.log(Level.WARNING, "authentication failed unexpectedly", cause);
    }
    respond(rc, 401, Map.of("errors", List.of(ResponseShaper.simple("UnauthorizedException", message))));
  }

  static void respond(RoutingContext rc, int status, Object body) {
    if (rc.response().ended()) {
      return;
    }
    rc.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
        .end(Buffer.buffer(JsonCodec.write(body)));
  }
}
