package io.tributary.execution.limits;

import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the limit walkers need to know about one operation: its fragments, whether a selection is
 * switched off by {@code @skip}/{@code @include}, and the schema types selections apply to.
 */
final class SelectionScope {
  private final GraphQLSchema schema;
  private final Map<String, FragmentDefinition> fragments = new HashMap<>();
  private final Map<String, Object> variables;

  SelectionScope(GraphQLSchema schema, Document document, Map<String, Object> variables) {
    this.schema = schema;
    this.variables = variables == null ? Map.of() : variables;
    for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
      fragments.putIfAbsent(fragment.getName(), fragment);
    }
  }

  GraphQLSchema schema() {
    return schema;
  }

  /** The named fragment, or empty if the document does not define it. */
  Optional<FragmentDefinition> fragment(String name) {
    return Optional.ofNullable(fragments.get(name));
  }

  /**
   * The operation with this name, or the only operation when {@code name} is null or empty;
   * empty when there is no such operation (execution reports that, not the limits).
   */
  static Optional<OperationDefinition> operation(Document document, String name) {
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    if (name == null || name.isEmpty()) {
      return operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty();
    }
    return operations.stream().filter(op -> name.equals(op.getName())).findFirst();
  }

  /** The root type of the operation, or null if the schema has none of that kind. */
  GraphQLCompositeType rootType(OperationDefinition operation) {
    return switch (operation.getOperation()) {
      case MUTATION -> schema.getMutationType();
      case SUBSCRIPTION -> schema.getSubscriptionType();
      default -> schema.getQueryType();
    };
  }

  /** The composite type named by a type condition, or {@code fallback} when there is none. */
  GraphQLCompositeType typeNamed(String name, GraphQLCompositeType fallback) {
    GraphQLType type = name == null ? null : schema.getType(name);
    return type instanceof GraphQLCompositeType composite ? composite : fallback;
  }

  /**
   * Whether {@code @skip}/{@code @include} leave the selection in. A condition that cannot be
   * decided (a missing variable) keeps it, so the limits err on counting too much.
   */
  boolean included(DirectivesContainer<?> selection) {
    for (Directive directive : selection.getDirectives()) {
      Boolean condition = condition(directive);
      if (condition == null) {
        continue;
      }
      boolean skip = directive.getName().equals("skip");
      if (skip == condition) {
        return false;
      }
    }
    return true;
  }

  private Boolean condition(Directive directive) {
    String name = directive.getName();
    if (!name.equals("skip") && !name.equals("include") || directive.getArgument("if") == null) {
      return null;
    }
    Value<?> value = directive.getArgument("if").getValue();
    if (value instanceof BooleanValue literal) {
      return literal.isValue();
    }
    if (value instanceof VariableReference reference
        && variables.get(reference.getName()) instanceof Boolean bound) {
      return bound;
    }
    return null;
  }
}
