package io.tributary.config;

/**
 * The graphql-transport-ws protocol (the {@code graphql-ws} npm client), served next to the
 * AppSync real-time protocol on the same WebSocket path, chosen by sub-protocol.
 *
 * @param enabled accept the {@code graphql-transport-ws} sub-protocol
 */
public record GraphqlWsConfig(boolean enabled) {

  public static GraphqlWsConfig defaults() {
    return new GraphqlWsConfig(true);
  }
}
