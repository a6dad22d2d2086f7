package io.tributary.config;

import java.time.Duration;
import java.util.List;

/**
 * Where AMAZON_EVENTBRIDGE data sources put events.
 *
 * @param mode LOCAL: an in-process bus that logs events and keeps the newest for
 *     {@code GET /local-events} (the embedded default); AWS: Amazon EventBridge (or {@link #endpoint})
 * @param region the EventBridge client's region
 * @param endpoint optional endpoint override (tests, LocalStack)
 * @param credentials optional static credentials; null uses the SDK's default chain
 * @param callTimeout longest wait for one PutEvents call
 * @param localCapacity how many events the LOCAL bus keeps for reading back
 */
public record EventBridgeConfig(EventBridgeMode mode, String region, String endpoint, AwsCredentialsConfig credentials,
    Duration callTimeout, int localCapacity) implements ConfigValidation {

  /** In-process or the real service. */
  public enum EventBridgeMode { LOCAL, AWS }

  public static EventBridgeConfig defaults() {
    return new EventBridgeConfig(EventBridgeMode.LOCAL, "us-east-1", null, null, Duration.ofSeconds(5), 1000);
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .notBlank("region", region)
        .positive("callTimeout", callTimeout)
        .range("localCapacity", localCapacity, 1, 1_000_000)
        .require(endpoint == null || endpoint.startsWith("http://") || endpoint.startsWith("https://"), "endpoint",
            "must be an absolute http(s) URL")
        .problems();
  }
}
