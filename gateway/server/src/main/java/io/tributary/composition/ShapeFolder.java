package io.tributary.composition;

import graphql.language.EnumValueDefinition;
import graphql.language.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the definitions of one type inside one source (a definition and its {@code extend} blocks) into one
 * shape. Repeating a field or value inside a source is a mistake of that source, so it is reported.
 */
final class ShapeFolder {
  private final ProblemLog problems;

  ShapeFolder(ProblemLog problems) {
    this.problems = problems;
  }

  TypeShape fold(TypeShape first, TypeShape more) {
    if (first.kind() != more.kind()) {
      problems.at(more.location(), "type " + more.name() + " is declared as " + first.kind().word + " ("
          + problems.where(first.location()) + ") and as " + more.kind().word + " in api " + more.api());
      return first;
    }
    List<graphql.language.Directive> directives = new ArrayList<>(first.directives());
    directives.addAll(more.directives());
    return first.withFields(fields(first, more))
        .withValues(values(first, more))
        .withReferences(union(first.interfaces(), more.interfaces()), union(first.members(), more.members()))
        .withDirectives(directives)
        .withDescription(first.description() != null ? first.description() : more.description());
  }

  private List<FieldShape> fields(TypeShape first, TypeShape more) {
    Map<String, FieldShape> byName = new LinkedHashMap<>();
    first.fields().forEach(f -> byName.put(f.name(), f));
    for (FieldShape field : more.fields()) {
      FieldShape earlier = byName.putIfAbsent(field.name(), field);
      if (earlier != null) {
        problems.at(field.location(), "field " + first.name() + "." + field.name() + " is declared twice in api "
            + first.api() + " (also at " + problems.where(earlier.location()) + ")");
      }
    }
    return List.copyOf(byName.values());
  }

  private List<EnumValueDefinition> values(TypeShape first, TypeShape more) {
    Map<String, EnumValueDefinition> byName = new LinkedHashMap<>();
    first.values().forEach(v -> byName.put(v.getName(), v));
    for (EnumValueDefinition value : more.values()) {
      if (byName.putIfAbsent(value.getName(), value) != null) {
        problems.at(value.getSourceLocation(), "enum value " + first.name() + "." + value.getName()
            + " is declared twice in api " + first.api());
      }
    }
    return List.copyOf(byName.values());
  }

  /** Union of type references by name, keeping first-appearance order. */
  static List<TypeName> union(List<TypeName> first, List<TypeName> more) {
    Map<String, TypeName> byName = new LinkedHashMap<>();
    first.forEach(t -> byName.putIfAbsent(t.getName(), t));
    more.forEach(t -> byName.putIfAbsent(t.getName(), t));
    return List.copyOf(byName.values());
  }
}
