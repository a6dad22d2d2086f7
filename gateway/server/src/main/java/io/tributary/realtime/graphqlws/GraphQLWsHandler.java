package io.tributary.realtime.graphqlws;

import io.tributary.realtime.RealtimeEnvironment;
import io.vertx.core.Handler;
import io.vertx.core.http.ServerWebSocket;

/** Serves graphql-transport-ws (the {@code graphql-ws} npm client's protocol) on an accepted WebSocket. */
public final class GraphQLWsHandler implements Handler<ServerWebSocket> {
  /** The sub-protocol graphql-ws clients offer. */
  public static final String SUB_PROTOCOL = GraphQLWsConnection.PROTOCOL;

  private final RealtimeEnvironment env;

  public GraphQLWsHandler(RealtimeEnvironment env) {
    this.env = env;
  }

  @Override
  public void handle(ServerWebSocket ws) {
    new GraphQLWsConnection(ws, env).start();
  }
}
