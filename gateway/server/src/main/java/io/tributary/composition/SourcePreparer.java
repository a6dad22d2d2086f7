package io.tributary.composition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Applies one source's own directives and root names, turning a {@link SourceModel} into a {@link PreparedSource}. */
final class SourcePreparer {
  private static final Map<String, String> STANDARD_ROOTS =
      Map.of("query", "Query", "mutation", "Mutation", "subscription", "Subscription");

  private final ProblemLog problems;
  private final MergeDirectives directives;

  SourcePreparer(ProblemLog problems) {
    this.problems = problems;
    this.directives = new MergeDirectives(problems);
  }

  PreparedSource prepare(SourceModel model) {
    String api = model.source().api();
    Map<String, String> renames = typeRenames(model);
    Set<String> hiddenTypes = new LinkedHashSet<>();
    Set<String> hiddenFields = new LinkedHashSet<>();
    List<TypeShape> kept = new ArrayList<>();
    for (TypeShape type : model.types().values()) {
      if (MergeDirectives.isHidden(type.directives())) {
        hiddenTypes.add(type.name());
        continue;
      }
      boolean renamed = renames.containsKey(type.name()) && !model.roots().containsValue(type.name());
      TypeShape marked = markType(type, renames, renamed).withFields(fields(type, hiddenFields));
      kept.add(TypeReferences.rename(marked, renames));
    }
    List<TypeShape> distinct = withoutTypeCollisions(api, kept);
    List<TypeShape> subscribed = SubscribeTargets.followRenames(distinct);
    return new PreparedSource(model.source(), subscribed, model.directives(), hiddenTypes, hiddenFields);
  }

  /** Original name to merged name for every type the source renames, custom root names included. */
  private Map<String, String> typeRenames(SourceModel model) {
    Map<String, String> renames = new HashMap<>();
    model.roots().forEach((operation, typeName) -> {
      String standard = STANDARD_ROOTS.get(operation);
      if (standard != null && !standard.equals(typeName)) {
        renames.put(typeName, standard);
      }
    });
    for (TypeShape type : model.types().values()) {
      Optional<String> target = directives.renamedTo(type.directives(), "type " + type.name(), type.api());
      if (target.isPresent() && renames.containsKey(type.name())) {
        problems.at(type.location(), "root type " + type.name() + " in api " + type.api() + " cannot be @renamed");
      } else {
        target.ifPresent(t -> renames.put(type.name(), t));
      }
    }
    return renames;
  }

  private static TypeShape markType(TypeShape type, Map<String, String> renames, boolean renamed) {
    String name = renames.getOrDefault(type.name(), type.name());
    return type.marked(name, MergeDirectives.isCanonical(type.directives()), renamed,
        MergeDirectives.strip(type.directives()));
  }

  private List<FieldShape> fields(TypeShape type, Set<String> hiddenFields) {
    List<FieldShape> kept = new ArrayList<>();
    for (FieldShape field : type.fields()) {
      if (MergeDirectives.isHidden(field.directives())) {
        hiddenFields.add(type.originalName() + "." + field.name());
        continue;
      }
      Optional<String> target = directives.renamedTo(field.directives(),
          "field " + type.name() + "." + field.name(), type.api());
      kept.add(field.marked(target.orElse(field.name()), MergeDirectives.isCanonical(field.directives()),
          target.isPresent(), MergeDirectives.strip(field.directives())));
    }
    return withoutFieldCollisions(type, kept);
  }

  /** Fields with a name collision inside the source are reported and the renamed one is left out. */
  private List<FieldShape> withoutFieldCollisions(TypeShape type, List<FieldShape> fields) {
    Map<String, FieldShape> byName = new LinkedHashMap<>();
    for (FieldShape field : fields) {
      FieldShape other = byName.putIfAbsent(field.name(), field);
      if (other != null) {
        FieldShape renamed = field.renamed() ? field : other;
        FieldShape plain = renamed == field ? other : field;
        problems.at(renamed.location(), "name collision after @renamed: field " + type.name() + "."
            + renamed.originalName() + " in api " + type.api() + " is renamed to " + field.name()
            + ", which field " + type.name() + "." + plain.originalName() + " in the same api ("
            + problems.where(plain.location()) + ") already uses");
        byName.put(field.name(), plain);
      }
    }
    return List.copyOf(byName.values());
  }

  /** Types with a name collision inside the source are reported and the renamed one is left out. */
  private List<TypeShape> withoutTypeCollisions(String api, List<TypeShape> types) {
    Map<String, TypeShape> byName = new LinkedHashMap<>();
    for (TypeShape type : types) {
      TypeShape other = byName.putIfAbsent(type.name(), type);
      if (other != null) {
        TypeShape renamed = type.renamed() ? type : other;
        TypeShape plain = renamed == type ? other : type;
        problems.at(renamed.location(), "name collision after @renamed: type " + renamed.originalName()
            + " in api " + api + " is renamed to " + type.name() + ", which type " + plain.originalName()
            + " in the same api (" + problems.where(plain.location()) + ") already uses");
        byName.put(type.name(), plain);
      }
    }
    return List.copyOf(byName.values());
  }
}
