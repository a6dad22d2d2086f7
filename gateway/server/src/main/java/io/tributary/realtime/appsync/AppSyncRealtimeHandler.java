package io.tributary.realtime.appsync;

import io.tributary.realtime.RealtimeEnvironment;
import io.vertx.core.Handler;
import io.vertx.core.http.ServerWebSocket;

/**
 * Serves the AppSync real-time protocol (sub-protocol {@code graphql-ws}) on an accepted
 * WebSocket. Stateless: each socket gets its own {@link AppSyncConnection} state machine.
 */
public final class AppSyncRealtimeHandler implements Handler<ServerWebSocket> {
  /** The sub-protocol AppSync clients offer. */
  public static final String SUB_PROTOCOL = AppSyncConnection.PROTOCOL;

  private final RealtimeEnvironment env;

  public AppSyncRealtimeHandler(RealtimeEnvironment env) {
    this.env = env;
  }

  @Override
  public void handle(ServerWebSocket ws) {
    new AppSyncConnection(ws, env).start();
  }
}
