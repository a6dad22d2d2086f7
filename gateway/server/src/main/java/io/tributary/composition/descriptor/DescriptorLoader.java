package io.tributary.composition.descriptor;

import io.tributary.config.BoundDocument;
import io.tributary.config.ConfigBinder;
import io.tributary.config.ConfigException;
import io.tributary.config.ConfigPaths;
import io.tributary.config.ConfigProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a source API's {@code api.yaml} with the same strict binder as the gateway configuration
 * ({@code ${env.X}} expansion included), then checks that every file it names exists.
 */
public final class DescriptorLoader {
  /** The descriptor's file name inside a source API folder. */
  public static final String FILE_NAME = "api.yaml";

  private final ConfigBinder binder;

  /** @param env the environment for {@code ${env.X}} references in descriptors */
  public DescriptorLoader(Map<String, String> env) {
    this.binder = new ConfigBinder(env);
  }

  /** Reads {@code api.yaml} inside {@code folder}. */
  public ApiDescriptor loadFolder(Path folder) {
    return load(folder.resolve(FILE_NAME));
  }

  /**
   * Binds and checks {@code apiYaml}. The result carries the file, the name (the folder name
   * unless given) and the line of every resolver key ({@link ApiDescriptor#resolverLine}).
   *
   * @throws ConfigException listing every problem as {@code file:line: path: message}
   */
  public ApiDescriptor load(Path apiYaml) {
    BoundDocument<ApiDescriptor> bound = binder.bindFile(apiYaml, ApiDescriptor.class);
    ApiDescriptor bare = bound.value();
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (String key : bare.resolvers().keySet()) {
      lines.put(key, bound.lineOf(ConfigPaths.key("resolvers", key)));
    }
    String name = bare.name() != null ? bare.name() : folderName(apiYaml);
    ApiDescriptor descriptor = bare.located(name, apiYaml, lines);
    List<ConfigProblem> missing = missingFiles(descriptor, bound);
    if (!missing.isEmpty()) {
      throw new ConfigException(apiYaml.toString(), missing);
    }
    return descriptor;
  }

  private static String folderName(Path apiYaml) {
    Path folder = apiYaml.toAbsolutePath().getParent();
    return folder == null || folder.getFileName() == null ? "default" : folder.getFileName().toString();
  }

  private static List<ConfigProblem> missingFiles(ApiDescriptor descriptor, BoundDocument<ApiDescriptor> bound) {
    Map<String, Path> named = new LinkedHashMap<>();
    named.put("schema", descriptor.schema());
    descriptor.functions().forEach((key, f) -> addCode(named, ConfigPaths.key("functions", key),
        f.code(), f.request(), f.response()));
    descriptor.resolvers().forEach((key, r) -> addCode(named, ConfigPaths.key("resolvers", key),
        r.code(), r.request(), r.response()));
    List<ConfigProblem> problems = new ArrayList<>();
    named.forEach((path, file) -> {
      String problem = fileProblem(descriptor, file);
      if (problem != null) {
        problems.add(new ConfigProblem(path, bound.lineOf(path), problem));
      }
    });
    return problems;
  }

  /** Files must stay inside the folder: a source API's team owns that folder and nothing else. */
  private static String fileProblem(ApiDescriptor descriptor, Path file) {
    if (file.isAbsolute() || file.normalize().startsWith("..")) {
      return "must be a path inside the source API folder, got '" + file + "'";
    }
    Path resolved = descriptor.resolve(file);
    return Files.isRegularFile(resolved) ? null : "file not found: " + resolved;
  }

  private static void addCode(Map<String, Path> named, String at, Path code, Path request, Path response) {
    putIfSet(named, ConfigPaths.child(at, "code"), code);
    putIfSet(named, ConfigPaths.child(at, "request"), request);
    putIfSet(named, ConfigPaths.child(at, "response"), response);
  }

  private static void putIfSet(Map<String, Path> named, String path, Path file) {
    if (file != null) {
      named.put(path, file);
    }
  }
}
