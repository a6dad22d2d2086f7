package io.tributary.execution.limits;

import graphql.language.Field;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Counts the fields with a resolver in an operation, each once per occurrence in the selection
 * tree with fragments expanded. It is a lower bound of what execution does: a field below a list
 * runs once per element, which only {@link ResolverBudget} sees.
 *
 * <ul>
 *   <li>a field selected on an interface counts if any implementing object type has a resolver
 *       for it (at run time exactly one of them runs per parent object);</li>
 *   <li>{@code __typename}, {@code __schema} and {@code __type} never count (the engine answers
 *       them itself);</li>
 *   <li>each fragment is counted once and reused at every spread, so repeated spreads cost
 *       linear time; sums saturate at {@link Long#MAX_VALUE} instead of overflowing.</li>
 * </ul>
 */
final class ResolverTally {
  private final SelectionScope scope;
  private final Predicate<FieldCoordinates> hasResolver;
  private final Map<String, Long> fragmentCounts = new HashMap<>();
  private final Set<String> counting = new HashSet<>();

  ResolverTally(SelectionScope scope, Predicate<FieldCoordinates> hasResolver) {
    this.scope = scope;
    this.hasResolver = hasResolver;
  }

  long count(SelectionSet selectionSet, GraphQLCompositeType parent) {
    if (selectionSet == null || parent == null) {
      return 0;
    }
    long total = 0;
    for (Selection<?> selection : selectionSet.getSelections()) {
      total = saturatedAdd(total, countOf(selection, parent));
    }
    return total;
  }

  private long countOf(Selection<?> selection, GraphQLCompositeType parent) {
    if (selection instanceof Field field) {
      return scope.included(field) ? fieldCount(field, parent) : 0;
    }
    if (selection instanceof InlineFragment inline) {
      return scope.included(inline) ? count(inline.getSelectionSet(), typeOf(inline.getTypeCondition(), parent)) : 0;
    }
    if (selection instanceof FragmentSpread spread) {
      return scope.included(spread) ? fragmentCount(spread.getName()) : 0;
    }
    return 0;
  }

  private long fieldCount(Field field, GraphQLCompositeType parent) {
    if (field.getName().startsWith("__") || !(parent instanceof GraphQLFieldsContainer container)) {
      return 0;
    }
    GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
    if (definition == null) {
      return 0;
    }
    long own = resolves(container, field.getName()) ? 1 : 0;
    GraphQLType child = GraphQLTypeUtil.unwrapAll(definition.getType());
    long below = child instanceof GraphQLCompositeType composite ? count(field.getSelectionSet(), composite) : 0;
    return saturatedAdd(own, below);
  }

  private boolean resolves(GraphQLFieldsContainer container, String fieldName) {
    if (container instanceof GraphQLObjectType object) {
      return hasResolver.test(FieldCoordinates.coordinates(object, fieldName));
    }
    if (container instanceof GraphQLInterfaceType anInterface) {
      return scope.schema().getImplementations(anInterface).stream()
          .anyMatch(object -> hasResolver.test(FieldCoordinates.coordinates(object, fieldName)));
    }
    return false;
  }

  private long fragmentCount(String name) {
    Long known = fragmentCounts.get(name);
    if (known != null) {
      return known;
    }
    if (!counting.add(name)) {
      return 0;
    }
    long counted = scope.fragment(name)
        .map(f -> count(f.getSelectionSet(), typeOf(f.getTypeCondition(), null)))
        .orElse(0L);
    counting.remove(name);
    fragmentCounts.put(name, counted);
    return counted;
  }

  private GraphQLCompositeType typeOf(TypeName condition, GraphQLCompositeType fallback) {
    return scope.typeNamed(condition == null ? null : condition.getName(), fallback);
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}
