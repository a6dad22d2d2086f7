package io.tributary.composition;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.StringValue;
import graphql.language.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The mutation names an {@code @aws_subscribe} directive lists, read and rewritten. */
final class SubscribeTargets {
  static final String DIRECTIVE = "aws_subscribe";

  private SubscribeTargets() {
  }

  /** The directive on a field, if any. */
  static Optional<Directive> find(FieldShape field) {
    return field.directives().stream().filter(d -> d.getName().equals(DIRECTIVE)).findFirst();
  }

  /** The listed mutation names (a single string is accepted as a one-element list, as GraphQL coerces it). */
  static List<String> mutations(Directive directive) {
    Argument argument = directive.getArgument("mutations");
    if (argument == null) {
      return List.of();
    }
    Value<?> value = argument.getValue();
    List<Value> items = value instanceof ArrayValue array ? array.getValues() : List.of(value);
    return items.stream().filter(StringValue.class::isInstance).map(v -> ((StringValue) v).getValue()).toList();
  }

  /**
   * A source that renames one of its own mutations keeps its subscriptions working: @aws_subscribe names the
   * merged schema's mutations, so the names listed in the same source follow the rename.
   */
  static List<TypeShape> followRenames(List<TypeShape> types) {
    Map<String, String> renamed = types.stream().filter(t -> t.name().equals("Mutation"))
        .flatMap(t -> t.fields().stream()).filter(FieldShape::renamed)
        .collect(Collectors.toMap(FieldShape::originalName, FieldShape::name, (a, b) -> a));
    if (renamed.isEmpty()) {
      return types;
    }
    return types.stream().map(t -> t.name().equals("Subscription") ? rewrite(t, renamed) : t).toList();
  }

  private static TypeShape rewrite(TypeShape subscription, Map<String, String> renamed) {
    return subscription.withFields(subscription.fields().stream()
        .map(f -> f.withDirectives(f.directives().stream().map(d -> rewrite(d, renamed)).toList())).toList());
  }

  private static Directive rewrite(Directive directive, Map<String, String> renamed) {
    if (!directive.getName().equals(DIRECTIVE) || directive.getArgument("mutations") == null) {
      return directive;
    }
    List<Value> names = mutations(directive).stream()
        .map(name -> (Value) StringValue.newStringValue(renamed.getOrDefault(name, name)).build()).toList();
    Argument argument = directive.getArgument("mutations")
        .transform(b -> b.value(ArrayValue.newArrayValue().values(names).build()));
    return directive.transform(b -> b.arguments(List.of(argument)));
  }
}
