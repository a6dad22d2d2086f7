package io.tributary.realtime;

import io.tributary.auth.Identity;
import io.vertx.core.Future;
import java.util.Map;

/**
 * What the WebSocket protocols need from the rest of the gateway. Both protocols (AppSync real-time
 * and graphql-transport-ws) talk to the engine, auth and fan-out only through this interface.
 */
public interface SubscriptionService {

  /**
   * Authenticates a connection (or one AppSync {@code start}) from its headers.
   *
   * @param headers lower-cased header names → value
   * @param remoteAddress the TCP peer's address, may be null
   * @return the identity; fails with {@link io.tributary.auth.UnauthorizedException} when no mode
   *     accepts the credentials
   */
  Future<Identity> authenticate(Map<String, String> headers, String remoteAddress);

  /**
   * Like {@link #authenticate(Map, String)}, for a credential issued for {@code target} (IAM
   * signatures cover it; Lambda authorizers see its document).
   */
  default Future<Identity> authenticate(Map<String, String> headers, String remoteAddress, AuthTarget target) {
    return authenticate(headers, remoteAddress);
  }

  /**
   * Validates the document, runs the subscription resolver and registers the subscription.
   * Completes only when the subscription is live: events published after completion are delivered
   * to {@link SubscribeRequest#sink()} ({@code start_ack} is a true barrier).
   *
   * @return the live subscription; fails with {@link SubscribeException} carrying AppSync-style
   *     errors
   */
  Future<LiveSubscription> subscribe(SubscribeRequest request);
}
