package io.tributary.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Collects the problems of one record's {@link ConfigValidation#validate} with paths built from
 * component names, so validations read as a list of rules.
 */
public final class ConfigChecks {
  private final String path;
  private final List<ConfigProblem> problems = new ArrayList<>();

  /** @param path the validated record's path */
  public ConfigChecks(String path) {
    this.path = path;
  }

  /** Adds a problem at {@code component} (null or empty for the record itself) unless {@code ok}. */
  public ConfigChecks require(boolean ok, String component, String message) {
    if (!ok) {
      problems.add(ConfigProblem.at(ConfigPaths.child(path, component), message));
    }
    return this;
  }

  /** Requires {@code min <= value <= max}. */
  public ConfigChecks range(String component, long value, long min, long max) {
    return require(value >= min && value <= max, component,
        "must be between " + min + " and " + max + ", got " + value);
  }

  /** Requires {@code value >= min}. */
  public ConfigChecks atLeast(String component, long value, long min) {
    return require(value >= min, component, "must be at least " + min + ", got " + value);
  }

  /** Requires a strictly positive duration. */
  public ConfigChecks positive(String component, Duration value) {
    return require(value != null && !value.isNegative() && !value.isZero(), component,
        "must be a positive duration, got " + value);
  }

  /** Requires a non-null, non-blank string. */
  public ConfigChecks notBlank(String component, String value) {
    return require(value != null && !value.isBlank(), component, "must not be empty");
  }

  /** Reports each element whose key repeats an earlier element's key, at {@code component[i]}. */
  public <T> ConfigChecks unique(String component, List<T> items, Function<T, String> key, String what) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String value = key.apply(items.get(i));
      if (value != null && !seen.add(value)) {
        String at = ConfigPaths.index(ConfigPaths.child(path, component), i);
        problems.add(ConfigProblem.at(at, "duplicate " + what + " '" + value + "'"));
      }
    }
    return this;
  }

  /** Adds problems found elsewhere (e.g. by a shared rule). */
  public ConfigChecks addAll(Collection<ConfigProblem> more) {
    problems.addAll(more);
    return this;
  }

  public List<ConfigProblem> problems() {
    return List.copyOf(problems);
  }
}
