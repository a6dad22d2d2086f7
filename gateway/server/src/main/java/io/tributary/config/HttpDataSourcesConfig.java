package io.tributary.config;

import java.time.Duration;
import java.util.List;

/**
 * Limits of HTTP data sources (each names its endpoint in api.yaml).
 *
 * @param timeout longest wait for one call, connection included
 * @param maxResponseBytes larger response bodies are refused while streaming (AppSync: 5 MB)
 * @param credentials signing credentials of data sources with {@code authorization: AWS_IAM}; null
 *     uses the SDK's default chain
 */
public record HttpDataSourcesConfig(Duration timeout, int maxResponseBytes, AwsCredentialsConfig credentials)
    implements ConfigValidation {

  public static HttpDataSourcesConfig defaults() {
    return new HttpDataSourcesConfig(Duration.ofSeconds(10), 5 * 1024 * 1024, null);
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .positive("timeout", timeout)
        .range("maxResponseBytes", maxResponseBytes, 1, 64 * 1024 * 1024)
        .problems();
  }
}
