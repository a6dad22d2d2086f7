package io.tributary.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * AWS_LAMBDA, as AppSync's {@code lambdaAuthorizerConfig}: either a real function invoked through
 * the AWS SDK's Lambda client, or (for the embedded default and tests without AWS) a local
 * APPSYNC_JS-style module whose {@code handler(event)} has the same contract.
 *
 * @param functionArn the function (ARN, name, or name:alias) to invoke; exclusive with localModule
 * @param localModule a JS file (relative to the gateway's working directory) exporting handler(event)
 * @param region the Lambda client's region
 * @param endpoint optional endpoint override of the Lambda API (tests, LocalStack)
 * @param credentials optional static credentials; null uses the SDK's default chain
 * @param resultTtl how long an answer is cached per token when the answer sets no ttlOverride;
 *     0 disables caching (AppSync's authorizerResultTtlInSeconds, 0..3600 s)
 * @param identityValidationExpression a regex the token must match before the function is called
 * @param timeout longest wait for the function; a later answer is a 401
 */
public record LambdaAuthorizerConfig(String functionArn, Path localModule, String region, String endpoint,
    AwsCredentialsConfig credentials, Duration resultTtl, String identityValidationExpression, Duration timeout)
    implements ConfigValidation {

  public static LambdaAuthorizerConfig defaults() {
    return new LambdaAuthorizerConfig(null, null, "us-east-1", null, null, Duration.ofSeconds(300), null,
        Duration.ofSeconds(10));
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .require((functionArn == null) != (localModule == null), "functionArn",
            "set exactly one of functionArn and localModule")
        .require(!resultTtl.isNegative() && resultTtl.compareTo(Duration.ofHours(1)) <= 0, "resultTtl",
            "must be between 0s and 1h")
        .positive("timeout", timeout)
        .require(CognitoConfig.validRegex(identityValidationExpression), "identityValidationExpression",
            "is not a valid regular expression")
        .require(endpoint == null || endpoint.startsWith("http://") || endpoint.startsWith("https://"), "endpoint",
            "must be an absolute http(s) URL")
        .problems();
  }
}
