package io.tributary.config;

import java.time.Duration;
import java.util.List;

/**
 * AWS_IAM: SigV4-signed requests (service {@code appsync}) are verified against these credentials.
 * Tributary has no IAM policy engine: a verified signature of a listed credential is allowed, and
 * the {@code @aws_iam} field rules decide what it may read.
 *
 * @param region the region signatures must be scoped to
 * @param service the signing service name (AppSync's is {@code appsync})
 * @param maxDateSkew how far {@code x-amz-date} may be from the gateway's clock (AWS allows 5 min)
 * @param credentials the accepted access keys; secrets usually come from {@code ${env.X}}
 */
public record IamConfig(String region, String service, Duration maxDateSkew, List<IamCredentialConfig> credentials)
    implements ConfigValidation {

  public static IamConfig defaults() {
    return new IamConfig("us-east-1", "appsync", Duration.ofMinutes(5), List.of());
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .notBlank("region", region)
        .notBlank("service", service)
        .positive("maxDateSkew", maxDateSkew)
        .require(!credentials.isEmpty(), "credentials", "at least one credential is required")
        .unique("credentials", credentials, IamCredentialConfig::accessKeyId, "access key id")
        .problems();
  }
}
