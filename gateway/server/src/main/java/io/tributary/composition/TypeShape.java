package io.tributary.composition;

import graphql.language.Description;
import graphql.language.Directive;
import graphql.language.EnumValueDefinition;
import graphql.language.SourceLocation;
import graphql.language.TypeName;
import java.util.List;

/**
 * A named type as one source contributes it, in one uniform shape for all kinds so folding, renaming and
 * merging need a single code path. Only the lists that fit the kind are non-empty.
 *
 * @param api          the contributing source API
 * @param originalName the type's name in the source (before @renamed and root normalisation)
 * @param interfaces   implemented interfaces (objects and interfaces)
 * @param fields       fields (objects, interfaces, inputs)
 * @param values       enum values
 * @param members      union members
 */
record TypeShape(Kind kind, String api, String name, String originalName, Description description,
                 List<Directive> directives, List<TypeName> interfaces, List<FieldShape> fields,
                 List<EnumValueDefinition> values, List<TypeName> members, SourceLocation location,
                 boolean canonical, boolean renamed) {

  /** The kinds of named types, with the word used in messages. */
  enum Kind {
    OBJECT("object type"), INTERFACE("interface"), UNION("union"), ENUM("enum"), INPUT("input type"),
    SCALAR("scalar");

    final String word;

    Kind(String word) {
      this.word = word;
    }
  }

  TypeShape {
    directives = List.copyOf(directives);
    interfaces = List.copyOf(interfaces);
    fields = List.copyOf(fields);
    values = List.copyOf(values);
    members = List.copyOf(members);
  }

  boolean hasFields() {
    return kind == Kind.OBJECT || kind == Kind.INTERFACE || kind == Kind.INPUT;
  }

  /** The shape under its merged name, with the merge directives read into flags and removed. */
  TypeShape marked(String newName, boolean isCanonical, boolean isRenamed, List<Directive> remaining) {
    return new TypeShape(kind, api, newName, originalName, description, remaining, interfaces, fields, values,
        members, location, isCanonical, isRenamed);
  }

  TypeShape withFields(List<FieldShape> newFields) {
    return new TypeShape(kind, api, name, originalName, description, directives, interfaces, newFields, values,
        members, location, canonical, renamed);
  }

  TypeShape withDirectives(List<Directive> newDirectives) {
    return new TypeShape(kind, api, name, originalName, description, newDirectives, interfaces, fields, values,
        members, location, canonical, renamed);
  }

  TypeShape withReferences(List<TypeName> newInterfaces, List<TypeName> newMembers) {
    return new TypeShape(kind, api, name, originalName, description, directives, newInterfaces, fields, values,
        newMembers, location, canonical, renamed);
  }

  TypeShape withValues(List<EnumValueDefinition> newValues) {
    return new TypeShape(kind, api, name, originalName, description, directives, interfaces, fields, newValues,
        members, location, canonical, renamed);
  }

  TypeShape withDescription(Description newDescription) {
    return new TypeShape(kind, api, name, originalName, newDescription, directives, interfaces, fields, values,
        members, location, canonical, renamed);
  }
}
