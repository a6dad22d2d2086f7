package io.tributary.composition;

import java.util.Objects;

/**
 * A resolver a source's descriptor attaches to one of the source's own fields (source names, before any
 * {@code @renamed}).
 *
 * @param typeName  the type as named in the source's SDL
 * @param fieldName the field as named in the source's SDL
 * @param file      the descriptor file that declares the resolver
 * @param line      the line of the declaration in that file
 */
public record ResolverRef(String typeName, String fieldName, String file, int line) {
  public ResolverRef {
    Objects.requireNonNull(typeName, "typeName");
    Objects.requireNonNull(fieldName, "fieldName");
    Objects.requireNonNull(file, "file");
  }
}
