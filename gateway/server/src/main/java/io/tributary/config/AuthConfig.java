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
 */
public record AuthConfig(AuthMode defaultMode, Set<AuthMode> additionalModes, List<ApiKeyConfig> apiKeys)
    implements ConfigValidation {

  public static AuthConfig defaults() {
    return new AuthConfig(AuthMode.API_KEY, Set.of(), List.of());
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
        .addAll(repeatedSecrets(path))
        .problems();
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
