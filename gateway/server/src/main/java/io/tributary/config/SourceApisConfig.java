package io.tributary.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the source APIs (one folder each: schema.graphql, api.yaml, resolver code) are found.
 *
 * @param directory folder holding one sub-folder per source API; relative to the working directory
 * @param include folder names to merge; empty merges every sub-folder that has an api.yaml
 */
public record SourceApisConfig(Path directory, List<String> include) implements ConfigValidation {

  public static SourceApisConfig defaults() {
    return new SourceApisConfig(Path.of("source-apis"), List.of());
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    ConfigChecks checks = new ConfigChecks(path).unique("include", include, name -> name, "source API");
    for (int i = 0; i < include.size(); i++) {
      String name = include.get(i);
      checks.require(!name.isBlank() && !name.contains("/") && !name.contains("\\"),
          "include[" + i + "]", "must be a folder name inside directory, got '" + name + "'");
    }
    return checks.problems();
  }
}
