package io.tributary.composition;

import graphql.language.Description;
import graphql.language.Directive;
import graphql.language.InputValueDefinition;
import graphql.language.SourceLocation;
import graphql.language.Type;
import graphql.language.Value;
import java.util.List;

/**
 * One field of an object, interface or input type, as one source contributes it. Object fields use
 * {@code arguments}; input fields use {@code defaultValue}.
 *
 * @param originalName the field's name in the source, before {@code @renamed}
 * @param canonical    the source marked the field {@code @canonical}
 * @param renamed      the source renamed the field with {@code @renamed}
 */
record FieldShape(String name, String originalName, Description description, Type<?> type,
                  List<InputValueDefinition> arguments, Value<?> defaultValue, List<Directive> directives,
                  SourceLocation location, boolean canonical, boolean renamed) {
  FieldShape {
    arguments = List.copyOf(arguments);
    directives = List.copyOf(directives);
  }

  /** The field under its merged name, with the merge directives read into flags and removed. */
  FieldShape marked(String newName, boolean isCanonical, boolean isRenamed, List<Directive> remaining) {
    return new FieldShape(newName, originalName, description, type, arguments, defaultValue, remaining, location,
        isCanonical, isRenamed);
  }

  FieldShape withTypes(Type<?> newType, List<InputValueDefinition> newArguments) {
    return new FieldShape(name, originalName, description, newType, newArguments, defaultValue, directives,
        location, canonical, renamed);
  }

  FieldShape withDirectives(List<Directive> newDirectives) {
    return new FieldShape(name, originalName, description, type, arguments, defaultValue, newDirectives,
        location, canonical, renamed);
  }
}
