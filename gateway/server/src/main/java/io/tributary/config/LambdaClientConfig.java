package io.tributary.config;

import java.time.Duration;
import java.util.List;

/**
 * The Lambda client AWS_LAMBDA data sources share (functions are named per data source in api.yaml).
 *
 * @param region the Lambda client's region
 * @param endpoint optional endpoint override of the Lambda API (tests, LocalStack)
 * @param credentials optional static credentials; null uses the SDK's default chain
 * @param timeout longest wait for one invocation
 */
public record LambdaClientConfig(String region, String endpoint, AwsCredentialsConfig credentials, Duration timeout)
    implements ConfigValidation {

  public static LambdaClientConfig defaults() {
    return new LambdaClientConfig("us-east-1", null, null, Duration.ofSeconds(30));
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .notBlank("region", region)
        .positive("timeout", timeout)
        .require(endpoint == null || endpoint.startsWith("http://") || endpoint.startsWith("https://"), "endpoint",
            "must be an absolute http(s) URL")
        .problems();
  }
}
