package io.tributary.execution;

import io.tributary.auth.Identity;
import java.util.Map;

/**
 * One GraphQL operation to execute, as the HTTP and WebSocket front ends hand it to the engine.
 *
 * @param headers what resolvers see as {@code ctx.request.headers} (lower-cased names)
 * @param requestId echoed as {@code x-amzn-RequestId} and in logs
 * @param transport how the operation arrived; decides which operation types are allowed
 */
public record OperationRequest(
    String query,
    String operationName,
    Map<String, Object> variables,
    Identity identity,
    Map<String, Object> headers,
    String requestId,
    Transport transport) {

  /** Where an operation came from. */
  public enum Transport {
    /** HTTP GET: queries only (a GET must never change state). */
    HTTP_GET,
    /** HTTP POST: queries and mutations; subscriptions need a WebSocket. */
    HTTP_POST,
    /** A WebSocket subscription start. */
    WEBSOCKET
  }
}
