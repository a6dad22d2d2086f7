package io.tributary.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Authorization modes of the merged API, as in AppSync: one default mode and any number of
 * additional ones selected per field by directives.
 *
 * @param defaultMode mode for fields without an auth directive
 * @param additionalModes further modes fields may opt into ({@code @aws_api_key}, {@code @aws_iam}, ...)
 * @param apiKeys keys accepted when API_KEY is the default or an additional mode; at least one then
 * @param cognito the user pool, required while AMAZON_COGNITO_USER_POOLS is in use
 * @param openIdConnect the OIDC provider, required while OPENID_CONNECT is in use
 * @param jwt how Cognito and OIDC tokens are checked
 * @param localIssuer the development issuer inside the gateway
 * @param lambda the Lambda authorizer, required while AWS_LAMBDA is in use
 * @param iam the SigV4 credentials accepted, required while AWS_IAM is in use
 */
public record AuthConfig(AuthMode defaultMode, Set<AuthMode> additionalModes, List<ApiKeyConfig> apiKeys,
    CognitoConfig cognito, OidcConfig openIdConnect, JwtConfig jwt, LocalIssuerConfig localIssuer,
    LambdaAuthorizerConfig lambda, IamConfig iam) implements ConfigValidation {

  public static AuthConfig defaults() {
    return new AuthConfig(AuthMode.API_KEY, Set.of(), List.of(), null, null, JwtConfig.defaults(),
        LocalIssuerConfig.defaults(), null, null);
  }

  /** Only the modes and keys (tests and tools that need no other mode). */
  public AuthConfig(AuthMode defaultMode, Set<AuthMode> additionalModes, List<ApiKeyConfig> apiKeys) {
    this(defaultMode, additionalModes, apiKeys, null, null, JwtConfig.defaults(), LocalIssuerConfig.defaults(), null,
        null);
  }

  /** Whether {@code mode} is the default or an additional mode. */
  public boolean uses(AuthMode mode) {
    return defaultMode == mode || additionalModes.contains(mode);
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .require(!additionalModes.contains(defaultMode), "additionalModes",
            "repeats the default mode " + defaultMode)
        .require(!uses(AuthMode.API_KEY) || !apiKeys.isEmpty(), "apiKeys",
            "API_KEY is in use, so at least one API key is required")
        .unique("apiKeys", apiKeys, ApiKeyConfig::id, "API key id")
        .require(!uses(AuthMode.AMAZON_COGNITO_USER_POOLS) || cognito != null, "cognito",
            "AMAZON_COGNITO_USER_POOLS is in use, so the user pool must be configured")
        .require(!uses(AuthMode.OPENID_CONNECT) || openIdConnect != null, "openIdConnect",
            "OPENID_CONNECT is in use, so the provider must be configured")
        .require(!uses(AuthMode.AWS_LAMBDA) || lambda != null, "lambda",
            "AWS_LAMBDA is in use, so the authorizer must be configured")
        .require(!uses(AuthMode.AWS_IAM) || iam != null, "iam",
            "AWS_IAM is in use, so at least one credential must be configured")
        .require(!namesLocalIssuer() || localIssuer.enabled(), "localIssuer.enabled",
            "a mode uses issuer: local, so the local issuer must be enabled")
        .addAll(repeatedSecrets(path))
        .problems();
  }

  private boolean namesLocalIssuer() {
    return (uses(AuthMode.AMAZON_COGNITO_USER_POOLS) && cognito != null && cognito.usesLocalIssuer())
        || (uses(AuthMode.OPENID_CONNECT) && openIdConnect != null && openIdConnect.usesLocalIssuer());
  }

  /** Reported without the secret itself: configuration errors end up in logs. */
  private List<ConfigProblem> repeatedSecrets(String path) {
    Set<String> seen = new HashSet<>();
    List<ConfigProblem> problems = new ArrayList<>();
    for (int i = 0; i < apiKeys.size(); i++) {
      if (!seen.add(apiKeys.get(i).key())) {
        String at = ConfigPaths.child(ConfigPaths.index(ConfigPaths.child(path, "apiKeys"), i), "key");
        problems.add(ConfigProblem.at(at, "repeats the secret of an earlier API key"));
      }
    }
    return problems;
  }
}
