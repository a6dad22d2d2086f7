package io.tributary.composition.descriptor;

import io.tributary.config.AuthMode;
import io.tributary.config.ConfigChecks;
import io.tributary.config.ConfigPaths;
import io.tributary.config.ConfigProblem;
import io.tributary.config.ConfigValidation;
import io.tributary.config.Derived;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A source API's {@code api.yaml}: its data sources, pipeline functions and resolvers. Load it
 * with {@link DescriptorLoader}, which also fills the {@link Derived} components.
 *
 * @param name the source API's name; the folder name when left out
 * @param schema the schema file, relative to the folder
 * @param defaultAuthMode the source API's default auth mode; when it differs from the merged API's,
 *     composition adds it as an explicit directive (AppSync merge rule)
 * @param dataSources data sources by name (names as in AppSync: letters, digits, '_')
 * @param functions pipeline functions by name
 * @param resolvers resolvers by {@code Type.field}
 * @param file (derived) the api.yaml this was read from; paths resolve against its folder
 * @param resolverLines (derived) the 1-based api.yaml line of each {@code resolvers} key, for
 *     composition's conflict reports; see {@link #resolverLine}
 */
public record ApiDescriptor(String name, Path schema, AuthMode defaultAuthMode,
    Map<String, DataSourceDescriptor> dataSources, Map<String, FunctionDescriptor> functions,
    Map<String, ResolverDescriptor> resolvers, @Derived Path file, @Derived Map<String, Integer> resolverLines)
    implements ConfigValidation {

  private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");
  private static final Pattern FIELD_COORDINATE = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*\\.[_A-Za-z][_0-9A-Za-z]*");

  public static ApiDescriptor defaults() {
    return new ApiDescriptor(null, Path.of("schema.graphql"), AuthMode.API_KEY, Map.of(), Map.of(), Map.of(),
        null, Map.of());
  }

  /** The same descriptor with its loader-filled parts. */
  public ApiDescriptor located(String newName, Path newFile, Map<String, Integer> newResolverLines) {
    return new ApiDescriptor(newName, schema, defaultAuthMode, dataSources, functions, resolvers, newFile,
        Map.copyOf(newResolverLines));
  }

  /** The source API folder; null when the descriptor did not come from a file. */
  public Path directory() {
    return file == null ? null : file.toAbsolutePath().getParent();
  }

  /** Resolves a path from this descriptor (schema, code, templates) against the source API folder. */
  public Path resolve(Path relative) {
    Path directory = directory();
    return directory == null ? relative : directory.resolve(relative);
  }

  /** The api.yaml line where {@code resolvers."Type.field"} is written, or 0 when unknown. */
  public int resolverLine(String typeAndField) {
    return resolverLines.getOrDefault(typeAndField, 0);
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    List<ConfigProblem> problems = new ArrayList<>();
    dataSources.keySet().forEach(key -> checkName(path, "dataSources", key, "data source", problems));
    functions.keySet().forEach(key -> checkName(path, "functions", key, "function", problems));
    functions.forEach((key, function) -> checkReference(
        ConfigPaths.child(ConfigPaths.key(ConfigPaths.child(path, "functions"), key), "dataSource"),
        function.dataSource(), dataSources, "data source", problems));
    resolvers.forEach((key, resolver) -> checkResolver(path, key, resolver, problems));
    return problems;
  }

  private void checkResolver(String path, String key, ResolverDescriptor resolver, List<ConfigProblem> problems) {
    String at = ConfigPaths.key(ConfigPaths.child(path, "resolvers"), key);
    if (!FIELD_COORDINATE.matcher(key).matches()) {
      problems.add(ConfigProblem.at(at, "resolver keys must be 'Type.field', e.g. 'Query.getTask'"));
    }
    if (resolver.dataSource() != null) {
      checkReference(ConfigPaths.child(at, "dataSource"), resolver.dataSource(), dataSources, "data source", problems);
    }
    DataSourceDescriptor source = resolver.dataSource() == null ? null : dataSources.get(resolver.dataSource());
    if (resolver.direct() && source != null && source.type() != DataSourceType.AWS_LAMBDA) {
      // Only AWS_LAMBDA data sources take resolvers without code (direct Lambda resolvers).
      problems.add(ConfigProblem.at(at, "needs code (APPSYNC_JS) or request and response templates (VTL)"));
    }
    List<String> used = resolver.functions();
    for (int i = 0; i < used.size(); i++) {
      checkReference(ConfigPaths.index(ConfigPaths.child(at, "functions"), i), used.get(i), functions, "function",
          problems);
    }
  }

  private static void checkName(String path, String section, String key, String what, List<ConfigProblem> problems) {
    problems.addAll(new ConfigChecks(ConfigPaths.key(ConfigPaths.child(path, section), key))
        .require(NAME.matcher(key).matches(), null,
            what + " names may only contain letters, digits and '_' and must not start with a digit")
        .problems());
  }

  private static void checkReference(String at, String name, Map<String, ?> known, String what,
      List<ConfigProblem> problems) {
    if (known.containsKey(name)) {
      return;
    }
    String listed = known.isEmpty() ? "none defined" : "known: " + String.join(", ", known.keySet());
    problems.add(ConfigProblem.at(at, "unknown " + what + " '" + name + "' (" + listed + ")"));
  }
}
