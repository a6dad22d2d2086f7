package io.tributary.composition.source;

import io.tributary.composition.descriptor.ApiDescriptor;
import java.nio.file.Path;

/**
 * A source API folder read from disk: its descriptor, its schema text and where both came from.
 * Resolver code is read later, by the runtime that compiles it.
 */
public record LoadedSourceApi(ApiDescriptor descriptor, Path directory, Path descriptorFile, Path schemaFile, String schema) {

  public String name() {
    return descriptor.name();
  }

  /** A path relative to the source API folder, refusing paths that escape it. */
  public Path resolve(String relative) {
    Path resolved = directory.resolve(relative).normalize();
    if (!resolved.startsWith(directory.normalize())) {
      throw new IllegalArgumentException("path '" + relative + "' leaves the source API folder " + directory);
    }
    return resolved;
  }
}
