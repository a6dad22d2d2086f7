package io.tributary.execution.limits;

import graphql.language.Field;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The depth of an operation: the longest chain of nested fields, with fragments expanded in
 * place. {@code { a }} has depth 1, {@code { a { b { c } } }} depth 3; spreads and inline
 * fragments add no level of their own.
 *
 * <p>Each fragment's own depth is computed once, so fragment fan-out costs linear time; a spread
 * of a fragment that is still being measured (a cycle, which validation would have refused)
 * counts as 0. Fields under {@code __schema}/{@code __type} are not measured: the standard
 * introspection query nests {@code ofType} about ten levels deep, and tools must keep working
 * under a small depth limit while introspection is on ({@link OperationLimits#introspection()}
 * is what turns introspection off).
 *
 * <p>Recursion follows the document's nesting, which the parser bounds ({@link ParseLimits}).
 */
final class DepthMeasure {
  private final SelectionScope scope;
  private final Map<String, Integer> fragmentDepths = new HashMap<>();
  private final Set<String> measuring = new HashSet<>();

  DepthMeasure(SelectionScope scope) {
    this.scope = scope;
  }

  int depth(SelectionSet selectionSet) {
    if (selectionSet == null) {
      return 0;
    }
    int deepest = 0;
    for (Selection<?> selection : selectionSet.getSelections()) {
      deepest = Math.max(deepest, depthOf(selection));
    }
    return deepest;
  }

  private int depthOf(Selection<?> selection) {
    if (selection instanceof Field field) {
      return scope.included(field) ? 1 + childDepth(field) : 0;
    }
    if (selection instanceof InlineFragment inline) {
      return scope.included(inline) ? depth(inline.getSelectionSet()) : 0;
    }
    if (selection instanceof FragmentSpread spread) {
      return scope.included(spread) ? fragmentDepth(spread.getName()) : 0;
    }
    return 0;
  }

  private int childDepth(Field field) {
    return IntrospectionFields.isRootMetaField(field.getName()) ? 0 : depth(field.getSelectionSet());
  }

  private int fragmentDepth(String name) {
    Integer known = fragmentDepths.get(name);
    if (known != null) {
      return known;
    }
    if (!measuring.add(name)) {
      return 0;
    }
    int measured = scope.fragment(name).map(f -> depth(f.getSelectionSet())).orElse(0);
    measuring.remove(name);
    fragmentDepths.put(name, measured);
    return measured;
  }
}
