package io.tributary.composition;

import graphql.schema.FieldCoordinates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps each source's resolvers onto merged fields. A merged field may have at most one resolver across all sources
 * (AppSync: "Merged APIs don't allow multiple source resolvers to be attached to the same field").
 */
final class ResolverOwnership {
  private final ProblemLog problems;

  ResolverOwnership(ProblemLog problems) {
    this.problems = problems;
  }

  /** A resolver found on a merged field. */
  private record Claim(ResolverRef ref, FieldOrigin origin) {
  }

  /** Where a resolver lands in the merged graph, and its coordinate in the source. */
  private record Located(FieldCoordinates field, FieldOrigin origin) {
  }

  /** Merged field to the source coordinate whose resolver serves it. */
  Map<FieldCoordinates, FieldOrigin> owners(List<PreparedSource> sources, MergeOutcome merged) {
    Map<FieldCoordinates, List<Claim>> claims = new LinkedHashMap<>();
    for (PreparedSource source : sources) {
      for (ResolverRef ref : source.source().resolvers()) {
        locate(source, ref, merged).ifPresent(c -> claims.computeIfAbsent(c.field(), k -> new ArrayList<>())
            .add(new Claim(ref, c.origin())));
      }
    }
    Map<FieldCoordinates, FieldOrigin> owners = new LinkedHashMap<>();
    claims.forEach((field, list) -> {
      reportExtraClaims(field, list);
      owners.put(field, list.get(0).origin());
    });
    return owners;
  }

  /** The merged coordinate of a resolver's field; empty when the field was hidden or lost to another source. */
  private Optional<Located> locate(PreparedSource source, ResolverRef ref, MergeOutcome merged) {
    String api = source.source().api();
    for (TypeShape type : source.types()) {
      if (!type.originalName().equals(ref.typeName()) && !type.name().equals(ref.typeName())) {
        continue;
      }
      for (FieldShape field : type.fields()) {
        if (field.originalName().equals(ref.fieldName())) {
          FieldCoordinates coordinates = FieldCoordinates.coordinates(type.name(), field.name());
          FieldOrigin origin = new FieldOrigin(api, type.originalName(), field.originalName());
          return keptFrom(merged, coordinates, origin) ? Optional.of(new Located(coordinates, origin))
              : Optional.empty();
        }
      }
    }
    if (!isHidden(source, ref)) {
      problems.atDescriptor(api, ref.file(), ref.line(), "resolver for " + ref.typeName() + "." + ref.fieldName()
          + " in api " + api + " points at a field that the api's schema (" + source.source().file()
          + ") does not define");
    }
    return Optional.empty();
  }

  private static boolean keptFrom(MergeOutcome merged, FieldCoordinates coordinates, FieldOrigin origin) {
    return merged.fieldSources().getOrDefault(coordinates, List.of()).contains(origin);
  }

  private static boolean isHidden(PreparedSource source, ResolverRef ref) {
    return source.hiddenTypes().contains(ref.typeName())
        || source.hiddenFields().contains(ref.typeName() + "." + ref.fieldName());
  }

  private void reportExtraClaims(FieldCoordinates field, List<Claim> claims) {
    Claim first = claims.get(0);
    for (Claim other : claims.subList(1, claims.size())) {
      String coordinate = field.getTypeName() + "." + field.getFieldName();
      String firstAt = first.origin().api() + "/" + first.ref().file() + ":" + first.ref().line();
      String otherAt = other.origin().api() + "/" + other.ref().file() + ":" + other.ref().line();
      String message = first.origin().api().equals(other.origin().api())
          ? "api " + other.origin().api() + " attaches two resolvers to " + coordinate + " (" + firstAt + " and "
              + otherAt + ")"
          : "Merged APIs don't allow multiple source resolvers to be attached to the same field: " + coordinate
              + " has a resolver in api " + first.origin().api() + " (" + firstAt + ") and in api "
              + other.origin().api() + " (" + otherAt + ")";
      problems.atDescriptor(other.origin().api(), other.ref().file(), other.ref().line(), message);
    }
  }
}
