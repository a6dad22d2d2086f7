package io.tributary.datasource;

import io.vertx.core.Future;

/**
 * A data source a resolver hands its request document to (AppSync's "data source").
 *
 * <p>Every kind (NONE, AMAZON_DYNAMODB, AMAZON_EVENTBRIDGE, HTTP) has this one shape so the
 * resolver runtimes never know which backend they talk to. Implementations must never block the
 * calling event loop and must complete the returned future on {@code call.scope().context()}.
 * A failure is reported as a failed future carrying a {@link DataSourceException}, which the
 * runtime exposes to the response handler as {@code ctx.error}.
 */
public interface DataSource {

  /** The name the source API's descriptor gives this data source. */
  String name();

  /**
   * Executes one request document.
   *
   * @return the result as plain JSON values (Map, List, String, Number, Boolean, null), exactly
   *     what AppSync puts in {@code ctx.result}
   */
  Future<Object> invoke(DataSourceCall call);

  /** Releases clients and connections; called once at gateway shutdown. */
  default Future<Void> close() {
    return Future.succeededFuture();
  }
}
