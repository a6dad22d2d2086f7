package io.tributary.config;

import java.time.Duration;
import java.util.List;

/**
 * Redis pub/sub, which fans subscription events out across gateway nodes. Disabled, events stay
 * inside this process (a single node).
 *
 * @param enabled use Redis for cross-node fan-out
 * @param endpoint {@code redis://} or {@code rediss://} (TLS) URI, optionally with user:password
 * @param sharded use Redis 7 sharded pub/sub (SSUBSCRIBE/SPUBLISH), which scales in Redis Cluster
 * @param reconnectInitialDelay first delay before reconnecting after the connection drops
 * @param reconnectMaxDelay cap of the jittered exponential reconnect backoff
 * @param channelPrefix prepended to every channel name, to share one Redis between deployments
 */
public record RedisConfig(boolean enabled, String endpoint, boolean sharded, Duration reconnectInitialDelay,
    Duration reconnectMaxDelay, String channelPrefix) implements ConfigValidation {

  public static RedisConfig defaults() {
    return new RedisConfig(false, "redis://127.0.0.1:6379", false, Duration.ofMillis(100),
        Duration.ofSeconds(5), "tributary:");
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .require(endpoint.startsWith("redis://") || endpoint.startsWith("rediss://"), "endpoint",
            "must start with redis:// or rediss://, got '" + endpoint + "'")
        .positive("reconnectInitialDelay", reconnectInitialDelay)
        .positive("reconnectMaxDelay", reconnectMaxDelay)
        .require(reconnectInitialDelay.compareTo(reconnectMaxDelay) <= 0, "reconnectInitialDelay",
            "must not exceed reconnectMaxDelay (" + reconnectMaxDelay + ")")
        .problems();
  }
}
