package io.tributary.composition;

import graphql.language.Directive;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.schema.FieldCoordinates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks the merged graph as a whole: every referenced type exists and subscriptions name real mutations. */
final class GraphValidator {
  private final ProblemLog problems;
  private final Map<String, String> hiddenBy = new LinkedHashMap<>();
  private final Map<String, String> renamedBy = new LinkedHashMap<>();

  GraphValidator(ProblemLog problems, List<PreparedSource> sources) {
    this.problems = problems;
    for (PreparedSource source : sources) {
      String api = source.source().api();
      source.hiddenTypes().forEach(t -> hiddenBy.putIfAbsent(t, "api " + api + " hides it with @hidden"));
      source.types().stream().filter(TypeShape::renamed).forEach(t -> renamedBy.putIfAbsent(t.originalName(),
          "api " + api + " renames it to " + t.name() + " with @renamed"));
    }
  }

  void validate(MergeOutcome merged) {
    merged.types().values().forEach(type -> TypeReferences.forEach(type, r -> checkExists(merged, r)));
    Optional.ofNullable(merged.types().get("Subscription")).ifPresent(s -> checkSubscriptions(merged, s));
  }

  private void checkExists(MergeOutcome merged, TypeReferences.Reference reference) {
    String name = reference.type().getName();
    if (merged.types().containsKey(name) || AwsPrelude.isBuiltInScalar(name)) {
      return;
    }
    String hint = Optional.ofNullable(hiddenBy.get(name)).or(() -> Optional.ofNullable(renamedBy.get(name)))
        .map(h -> " (" + h + ")").orElse("");
    problems.at(reference.type().getSourceLocation(), "type " + name + " referenced by " + reference.holder()
        + " in api " + problems.apiOf(reference.type().getSourceLocation())
        + " is not defined by any source API of the merged schema" + hint);
  }

  private void checkSubscriptions(MergeOutcome merged, TypeShape subscription) {
    for (FieldShape field : subscription.fields()) {
      Optional<Directive> directive = SubscribeTargets.find(field);
      directive.ifPresent(d -> SubscribeTargets.mutations(d)
          .forEach(mutation -> checkMutation(merged, field, d, mutation)));
    }
  }

  private void checkMutation(MergeOutcome merged, FieldShape subscriptionField, Directive directive, String name) {
    String subscription = "Subscription." + subscriptionField.name() + " in api "
        + problems.apiOf(subscriptionField.location());
    TypeShape mutationType = merged.types().get("Mutation");
    Optional<FieldShape> mutation = mutationType == null ? Optional.empty()
        : mutationType.fields().stream().filter(f -> f.name().equals(name)).findFirst();
    if (mutation.isEmpty()) {
      problems.at(directive.getSourceLocation(), "@aws_subscribe on " + subscription + " names mutation " + name
          + ", which the merged schema's Mutation type does not define");
      return;
    }
    if (!shape(mutation.get().type()).equals(shape(subscriptionField.type()))) {
      String owner = merged.fieldSources().getOrDefault(FieldCoordinates.coordinates("Mutation", name), List.of())
          .stream().findFirst().map(FieldOrigin::api).orElse(ProblemLog.MERGED);
      problems.at(directive.getSourceLocation(), "@aws_subscribe on " + subscription + " returns "
          + Signatures.type(subscriptionField.type()) + " but mutation " + name + " (api " + owner + ") returns "
          + Signatures.type(mutation.get().type()) + "; a subscription must return the type of the mutations "
          + "it subscribes to");
    }
  }

  /**
   * The part of a type that must match between a subscription and its mutations: the named type and the list
   * nesting. Nullability may differ (a mutation commonly returns {@code Post!}, its subscription {@code Post}).
   */
  private static String shape(Type<?> type) {
    if (type instanceof NonNullType nonNull) {
      return shape(nonNull.getType());
    }
    if (type instanceof ListType list) {
      return "[" + shape(list.getType()) + "]";
    }
    return TypeReferences.named(type).getName();
  }
}
