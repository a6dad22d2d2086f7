package io.tributary.execution.limits;

import graphql.language.Field;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds {@code __schema} and {@code __type} in an operation. They are only valid on the query
 * root type, so only the root selection set (through fragments) is searched. {@code __typename}
 * is not introspection in this sense: AppSync allows it with introspection disabled, and clients
 * such as Apollo and Amplify add it to every selection.
 */
final class IntrospectionFields {
  static final String SCHEMA = "__schema";
  static final String TYPE = "__type";

  private final SelectionScope scope;
  private final Set<String> visited = new HashSet<>();

  IntrospectionFields(SelectionScope scope) {
    this.scope = scope;
  }

  static boolean isRootMetaField(String name) {
    return SCHEMA.equals(name) || TYPE.equals(name);
  }

  /** The first {@code __schema}/{@code __type} field selected at the root, if any. */
  Optional<Field> firstIn(SelectionSet root) {
    if (root == null) {
      return Optional.empty();
    }
    for (Selection<?> selection : root.getSelections()) {
      Optional<Field> found = search(selection);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<Field> search(Selection<?> selection) {
    if (selection instanceof Field field) {
      return isRootMetaField(field.getName()) && scope.included(field) ? Optional.of(field) : Optional.empty();
    }
    if (selection instanceof InlineFragment inline && scope.included(inline)) {
      return firstIn(inline.getSelectionSet());
    }
    if (selection instanceof FragmentSpread spread && scope.included(spread) && visited.add(spread.getName())) {
      return scope.fragment(spread.getName()).flatMap(f -> firstIn(f.getSelectionSet()));
    }
    return Optional.empty();
  }
}
