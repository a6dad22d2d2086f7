package io.tributary.pubsub;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link RedisTopicBus} reaches Redis.
 *
 * @param endpoint a Redis connection string, {@code redis://host:port[/db]}, {@code
 *     rediss://...} or {@code unix://...}
 * @param sharded use Redis 7 sharded pub/sub ({@code SSUBSCRIBE}/{@code SPUBLISH}); in a Redis
 *     Cluster classic pub/sub copies every message to every node, sharded does not
 * @param reconnectInitialDelay first backoff step after the connection drops
 * @param reconnectMaxDelay ceiling of the exponential backoff
 * @param channelPrefix prepended to every topic to form the Redis channel name, so several
 *     gateways (or environments) can share one Redis; may be empty
 */
public record RedisBusOptions(
    String endpoint,
    boolean sharded,
    Duration reconnectInitialDelay,
    Duration reconnectMaxDelay,
    String channelPrefix) {

  public static final Duration DEFAULT_RECONNECT_INITIAL_DELAY = Duration.ofMillis(100);
  public static final Duration DEFAULT_RECONNECT_MAX_DELAY = Duration.ofSeconds(5);
  public static final String DEFAULT_CHANNEL_PREFIX = "tributary:";

  /** Validates eagerly so a bad config fails at startup with a message naming the field. */
  public RedisBusOptions {
    Objects.requireNonNull(reconnectInitialDelay, "reconnectInitialDelay");
    Objects.requireNonNull(reconnectMaxDelay, "reconnectMaxDelay");
    Objects.requireNonNull(channelPrefix, "channelPrefix (use \"\" for none)");
    requireEndpoint(endpoint);
    if (reconnectInitialDelay.isNegative() || reconnectInitialDelay.isZero()) {
      throw new IllegalArgumentException("reconnectInitialDelay must be positive");
    }
    if (reconnectMaxDelay.compareTo(reconnectInitialDelay) < 0) {
      throw new IllegalArgumentException(
          "reconnectMaxDelay must not be shorter than reconnectInitialDelay");
    }
  }

  /** Classic pub/sub with the default backoff (100 ms up to 5 s) and channel prefix. */
  public static RedisBusOptions of(String endpoint) {
    return new RedisBusOptions(
        endpoint,
        false,
        DEFAULT_RECONNECT_INITIAL_DELAY,
        DEFAULT_RECONNECT_MAX_DELAY,
        DEFAULT_CHANNEL_PREFIX);
  }

  /** A copy with sharded pub/sub switched on or off. */
  public RedisBusOptions withSharded(boolean useSharded) {
    return new RedisBusOptions(
        endpoint, useSharded, reconnectInitialDelay, reconnectMaxDelay, channelPrefix);
  }

  /** A copy with another backoff range. */
  public RedisBusOptions withReconnectDelays(Duration initial, Duration max) {
    return new RedisBusOptions(endpoint, sharded, initial, max, channelPrefix);
  }

  private static void requireEndpoint(String endpoint) {
    if (endpoint == null || endpoint.isBlank()) {
      throw new IllegalArgumentException("endpoint must be a Redis connection string");
    }
    boolean known =
        endpoint.startsWith("redis://")
            || endpoint.startsWith("rediss://")
            || endpoint.startsWith("unix://");
    if (!known) {
      throw new IllegalArgumentException(
          "endpoint must start with redis://, rediss:// or unix://, got '" + endpoint + "'");
    }
  }
}
