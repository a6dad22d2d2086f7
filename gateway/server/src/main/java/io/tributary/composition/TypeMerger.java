package io.tributary.composition;

import graphql.language.DirectiveDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.TypeName;
import graphql.schema.FieldCoordinates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges the prepared sources type by type with AppSync Merged API rules. */
final class TypeMerger {
  private final ProblemLog problems;
  private final Contest contest;
  private final DirectiveUnion directives;
  private final FieldMerger fields;

  TypeMerger(ProblemLog problems, String mergedDefaultMode) {
    this.problems = problems;
    this.contest = new Contest(problems);
    this.directives = new DirectiveUnion(problems, mergedDefaultMode);
    this.fields = new FieldMerger(problems, directives);
  }

  MergeOutcome merge(List<PreparedSource> sources) {
    Map<String, List<TypeShape>> byName = new LinkedHashMap<>();
    sources.forEach(s -> s.types().forEach(t -> byName.computeIfAbsent(t.name(), n -> new ArrayList<>()).add(t)));
    Map<String, TypeShape> merged = new LinkedHashMap<>();
    Map<FieldCoordinates, List<FieldOrigin>> fieldSources = new LinkedHashMap<>();
    byName.forEach((name, contributions) -> merged.put(name, mergeType(name, contributions, fieldSources)));
    return new MergeOutcome(merged, mergeDirectiveDefinitions(sources), fieldSources);
  }

  private TypeShape mergeType(String name, List<TypeShape> contributions,
                              Map<FieldCoordinates, List<FieldOrigin>> fieldSources) {
    List<TypeShape> kept = sameKind(name, contest.decide("type", name, contributions,
        t -> new Contest.Entry(t.api(), t.location(), t.canonical(), t.renamed(), t.originalName())));
    TypeShape first = kept.get(0);
    Map<String, List<FieldMerger.Candidate>> keptFields = new LinkedHashMap<>();
    TypeShape result = first.withFields(first.hasFields() ? fields.merge(name, kept, keptFields) : List.of());
    if (first.kind() == TypeShape.Kind.OBJECT || first.kind() == TypeShape.Kind.INTERFACE) {
      keptFields.forEach((field, candidates) -> fieldSources.put(FieldCoordinates.coordinates(name, field),
          candidates.stream().map(c -> new FieldOrigin(c.owner().api(), c.owner().originalName(),
              c.field().originalName())).toList()));
    }
    if (kept.size() == 1) {
      return result;
    }
    return result.withReferences(union(kept, TypeShape::interfaces), union(kept, TypeShape::members))
        .withValues(values(kept))
        .withDirectives(directives.union("type " + name, parts(kept), first.kind() == TypeShape.Kind.OBJECT))
        .withDescription(kept.stream().map(TypeShape::description).filter(d -> d != null).findFirst().orElse(null));
  }

  /** Contributions whose kind differs from the first one's are reported and left out. */
  private List<TypeShape> sameKind(String name, List<TypeShape> contributions) {
    TypeShape first = contributions.get(0);
    List<TypeShape> same = new ArrayList<>();
    for (TypeShape other : contributions) {
      if (other.kind() == first.kind()) {
        same.add(other);
        continue;
      }
      problems.at(other.location(), "Unable to resolve conflict on type " + name + ": api " + first.api()
          + " declares it as " + article(first.kind().word) + " (" + problems.where(first.location()) + ") and api "
          + other.api() + " as " + article(other.kind().word) + " (" + problems.where(other.location()) + ")");
    }
    return same;
  }

  private static String article(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  private static List<TypeName> union(List<TypeShape> kept,
                                      java.util.function.Function<TypeShape, List<TypeName>> part) {
    List<TypeName> all = List.of();
    for (TypeShape shape : kept) {
      all = ShapeFolder.union(all, part.apply(shape));
    }
    return all;
  }

  /** Enum values are unioned: a value one source adds is valid in the merged API, like a field it adds. */
  private static List<EnumValueDefinition> values(List<TypeShape> kept) {
    Map<String, EnumValueDefinition> byName = new LinkedHashMap<>();
    kept.forEach(t -> t.values().forEach(v -> byName.putIfAbsent(v.getName(), v)));
    return List.copyOf(byName.values());
  }

  private static List<DirectiveUnion.Part> parts(List<TypeShape> kept) {
    return kept.stream().map(t -> new DirectiveUnion.Part(t.api(), t.directives(), List.of(), t.location())).toList();
  }

  private List<DirectiveDefinition> mergeDirectiveDefinitions(List<PreparedSource> sources) {
    Map<String, DirectiveDefinition> byName = new LinkedHashMap<>();
    Map<String, String> apiByName = new LinkedHashMap<>();
    for (PreparedSource source : sources) {
      for (DirectiveDefinition definition : source.directives()) {
        DirectiveDefinition first = byName.putIfAbsent(definition.getName(), definition);
        apiByName.putIfAbsent(definition.getName(), source.source().api());
        if (first != null && !Signatures.definition(first).equals(Signatures.definition(definition))) {
          problems.at(definition.getSourceLocation(), "Unable to resolve conflict on directive @"
              + definition.getName() + ": api " + apiByName.get(definition.getName()) + " defines "
              + Signatures.definition(first) + " (" + problems.where(first.getSourceLocation()) + ") and api "
              + source.source().api() + " defines " + Signatures.definition(definition)
              + "; directive definitions must be identical");
        }
      }
    }
    return List.copyOf(byName.values());
  }
}
