package io.tributary.composition;

import graphql.language.AstPrinter;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.DirectiveLocation;
import graphql.language.InputValueDefinition;
import graphql.language.Type;
import graphql.language.Value;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Canonical text of the parts of definitions that must agree between sources. */
final class Signatures {
  private Signatures() {
  }

  static String type(Type<?> type) {
    return type == null ? "" : AstPrinter.printAst(type);
  }

  static String value(Value<?> value) {
    return value == null ? "" : AstPrinter.printAst(value);
  }

  /** Argument list as {@code (name: Type = default, ...)}; descriptions and directives do not count. */
  static String arguments(List<InputValueDefinition> arguments) {
    if (arguments.isEmpty()) {
      return "()";
    }
    return arguments.stream().map(Signatures::argument).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String argument(InputValueDefinition argument) {
    String text = argument.getName() + ": " + type(argument.getType());
    return argument.getDefaultValue() == null ? text : text + " = " + value(argument.getDefaultValue());
  }

  static String directive(Directive directive) {
    return AstPrinter.printAst(directive);
  }

  static Set<String> locations(DirectiveDefinition definition) {
    return definition.getDirectiveLocations().stream().map(DirectiveLocation::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** A directive definition without its description, for identity checks. */
  static String definition(DirectiveDefinition definition) {
    return "@" + definition.getName() + arguments(definition.getInputValueDefinitions())
        + (definition.isRepeatable() ? " repeatable" : "") + " on " + String.join(" | ", locations(definition));
  }
}
