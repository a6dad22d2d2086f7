package io.tributary.composition.source;

import io.tributary.composition.descriptor.ApiDescriptor;
import io.tributary.composition.descriptor.DescriptorLoader;
import io.tributary.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the source API folders (every folder under the configured directory holding an
 * {@code api.yaml}, or the ones named in {@code include}) and reads them. Reports every broken
 * folder at once rather than stopping at the first.
 */
public final class SourceApiLoader {
  public static final String DESCRIPTOR = "api.yaml";

  private SourceApiLoader() {}

  public static List<LoadedSourceApi> load(Path directory, List<String> include) {
    return load(directory, include, System.getenv());
  }

  public static List<LoadedSourceApi> load(Path directory, List<String> include, Map<String, String> env) {
    DescriptorLoader descriptors = new DescriptorLoader(env);
    List<String> problems = new ArrayList<>();
    List<LoadedSourceApi> apis = new ArrayList<>();
    for (Path folder : folders(directory, include, problems)) {
      try {
        apis.add(loadOne(folder, descriptors));
      } catch (ConfigException e) {
        problems.add(e.getMessage());
      } catch (IOException | IllegalArgumentException e) {
        problems.add(folder + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new SourceApiException(problems);
    }
    return apis;
  }

  private static List<Path> folders(Path directory, List<String> include, List<String> problems) {
    if (!Files.isDirectory(directory)) {
      problems.add("source API directory " + directory.toAbsolutePath() + " does not exist");
      return List.of();
    }
    if (!include.isEmpty()) {
      List<Path> named = new ArrayList<>();
      for (String name : include) {
        Path folder = directory.resolve(name);
        if (Files.isRegularFile(folder.resolve(DESCRIPTOR))) {
          named.add(folder);
        } else {
          problems.add("sourceApis.include names '" + name + "', but " + folder.resolve(DESCRIPTOR) + " does not exist");
        }
      }
      return named;
    }
    try (Stream<Path> children = Files.list(directory)) {
      return children.filter(p -> Files.isRegularFile(p.resolve(DESCRIPTOR))).sorted().toList();
    } catch (IOException e) {
      problems.add("cannot list " + directory + ": " + e.getMessage());
      return List.of();
    }
  }

  private static LoadedSourceApi loadOne(Path folder, DescriptorLoader descriptors) throws IOException {
    Path descriptorFile = folder.resolve(DESCRIPTOR);
    ApiDescriptor descriptor = descriptors.load(descriptorFile);
    Path schemaFile = folder.resolve(descriptor.schema()).normalize();
    return new LoadedSourceApi(descriptor, folder, descriptorFile, schemaFile, Files.readString(schemaFile));
  }
}
