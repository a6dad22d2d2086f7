package io.tributary.composition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads a composition fixture: {@code composition/<case>/sources.txt} lists one source per line as
 * {@code <api> <defaultAuthMode>}; each source folder holds {@code schema.graphql} and optionally
 * {@code resolvers.txt}, one {@code Type.field} per line (its line number is the ResolverRef line in
 * "api.yaml").
 */
final class Fixtures {
  static final CompositionOptions API_KEY_AND_IAM =
      new CompositionOptions("API_KEY", Set.of("API_KEY", "AWS_IAM"));

  private Fixtures() {
  }

  static List<SourceSchema> load(String fixture) {
    Path root = Path.of("src/test/resources/composition", fixture);
    List<SourceSchema> sources = new ArrayList<>();
    for (String line : read(root.resolve("sources.txt"))) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.trim().split("\\s+");
      Path folder = root.resolve(parts[0]);
      String sdl = String.join("\n", read(folder.resolve("schema.graphql")));
      sources.add(new SourceSchema(parts[0], "schema.graphql", sdl, parts[1], resolvers(folder)));
    }
    return sources;
  }

  static CompositionResult compose(String fixture) {
    return new Composer().compose(load(fixture), API_KEY_AND_IAM);
  }

  /** The problems as {@code api/file:line:column: message} lines. */
  static List<String> problems(CompositionResult result) {
    return result.problems().stream().map(CompositionProblem::toString).toList();
  }

  private static List<ResolverRef> resolvers(Path folder) {
    Path file = folder.resolve("resolvers.txt");
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String> lines = read(file);
    List<ResolverRef> refs = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] coordinate = lines.get(i).trim().split("\\.");
      if (coordinate.length == 2) {
        refs.add(new ResolverRef(coordinate[0], coordinate[1], "api.yaml", i + 1));
      }
    }
    return refs;
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
