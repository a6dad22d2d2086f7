package io.tributary.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Binds YAML documents onto records: strict (unknown keys, wrong types and missing
 * {@link Required} keys are problems), loud (every problem is collected and thrown together in one
 * {@link ConfigException} with its path and line) and typed.
 *
 * <p>Rules, per record component:
 * <ul>
 *   <li>values start from the record's {@code public static R defaults()} when it declares one;
 *       a key missing from YAML (or set to null) keeps that default; nested records merge
 *       key by key with their default, lists, sets and maps given in YAML replace it whole;</li>
 *   <li>a record component whose default is null stays null unless YAML gives it;</li>
 *   <li>supported types: String, boolean, int, long, double (and their boxes), enums
 *       (case-insensitive), Instant (ISO-8601), Duration ({@code PT5S}, {@code 5s}, {@code 500ms},
 *       {@code 2m}, {@code 1h}, chained like {@code 1h30m}), Path, {@code List<T>},
 *       {@code Set<T>}, {@code Map<String,T>} and records; using another type is a programming
 *       error ({@link IllegalStateException});</li>
 *   <li>scalars expand {@code ${env.NAME}} / {@code ${env.NAME:-default}} before conversion, so
 *       a reference can fill a number or boolean; String defaults are expanded too;</li>
 *   <li>a compact constructor may reject values with {@link IllegalArgumentException}: that
 *       becomes a problem at the record's path;</li>
 *   <li>records implementing {@link ConfigValidation} are validated after they bound cleanly.</li>
 * </ul>
 */
public final class ConfigBinder {
  private final EnvExpander env;

  /** @param env the environment {@code ${env.X}} reads, usually {@code System.getenv()} */
  public ConfigBinder(Map<String, String> env) {
    this.env = new EnvExpander(env);
  }

  /** Binds {@code yaml} onto {@code type}; {@code source} names the origin in problem reports. */
  public <T extends Record> T bind(String yaml, String source, Class<T> type) {
    return bindDocument(yaml, source, type).value();
  }

  /** Like {@link #bind} but also returns the line of every bound path. */
  public <T extends Record> BoundDocument<T> bindDocument(String yaml, String source, Class<T> type) {
    YamlTree.Parsed parsed = YamlTree.parse(yaml);
    if (!parsed.problems().isEmpty() && parsed.root() instanceof YamlNode.Null) {
      throw new ConfigException(source, parsed.problems());
    }
    Binding binding = new Binding(env);
    parsed.problems().forEach(p -> binding.problem(p.path(), p.line(), p.message()));
    Object value = binding.bindRoot(type, parsed.root());
    if (!binding.problems().isEmpty()) {
      throw new ConfigException(source, inDocumentOrder(binding.problems()));
    }
    return new BoundDocument<>(type.cast(value), binding.lines());
  }

  /** Reads and binds a UTF-8 file; an unreadable file is reported like any other problem. */
  public <T extends Record> BoundDocument<T> bindFile(Path file, Class<T> type) {
    String source = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(source, List.of(ConfigProblem.at("", unreadable(e))));
    }
    return bindDocument(text, source, type);
  }

  /** Top to bottom, as the operator reads the file; problems without a line go last. */
  private static List<ConfigProblem> inDocumentOrder(List<ConfigProblem> problems) {
    List<ConfigProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(p -> p.line() > 0 ? p.line() : Integer.MAX_VALUE));
    return sorted;
  }

  private static String unreadable(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "file not found";
    }
    return "cannot read file: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : " " + e.getMessage());
  }
}
