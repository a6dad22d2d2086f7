package io.tributary.execution.limits;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Checks a parsed and validated operation against {@link OperationLimits} before it executes.
 *
 * <p>Checks, in this order: introspection fields while introspection is disabled, query depth
 * ({@link DepthMeasure}), and the number of resolver fields ({@link ResolverTally}). Every broken
 * limit is reported; a non-empty answer means the request is refused with {@code data: null}.
 *
 * <p>The resolver count here is static: each selected field with a resolver counts once. Lists
 * multiply invocations at run time, and AppSync's {@code resolverCountLimit} counts invocations,
 * so the executor enforces the real number with a {@link ResolverBudget} as well. This check
 * refuses early what is certain to break the limit (for example an alias flood) before any data
 * source is called.
 *
 * <p>Stateless and thread-safe; create one per API and reuse it.
 */
public final class OperationLimitChecker {
  private final OperationLimits limits;

  public OperationLimitChecker(OperationLimits limits) {
    this.limits = limits;
  }

  /** The limits this checker applies. */
  public OperationLimits limits() {
    return limits;
  }

  /**
   * The limits {@code document}'s selected operation breaks, or an empty list.
   *
   * @param schema the schema the document was validated against
   * @param document a parsed, validated document
   * @param operationName the requested operation; null or empty picks the only one. If it names
   *     no operation the answer is empty: execution reports the unknown operation itself.
   * @param variables raw request variables, used to evaluate {@code @skip}/{@code @include}
   * @param hasResolver whether a field of an object type has a resolver attached
   */
  public List<LimitViolation> check(GraphQLSchema schema, Document document, String operationName,
      Map<String, Object> variables, Predicate<FieldCoordinates> hasResolver) {
    return SelectionScope.operation(document, operationName)
        .map(operation -> checkOperation(schema, document, operation, variables, hasResolver))
        .orElse(List.of());
  }

  /** As {@link #check(GraphQLSchema, Document, String, Map, Predicate)} for an operation already selected. */
  public List<LimitViolation> checkOperation(GraphQLSchema schema, Document document, OperationDefinition operation,
      Map<String, Object> variables, Predicate<FieldCoordinates> hasResolver) {
    SelectionScope scope = new SelectionScope(schema, document, variables);
    List<LimitViolation> violations = new ArrayList<>();
    introspection(scope, operation).ifPresent(violations::add);
    depth(scope, operation).ifPresent(violations::add);
    resolverCount(scope, operation, hasResolver).ifPresent(violations::add);
    return List.copyOf(violations);
  }

  private Optional<LimitViolation> introspection(SelectionScope scope, OperationDefinition operation) {
    if (limits.introspection()) {
      return Optional.empty();
    }
    GraphQLCompositeType root = scope.rootType(operation);
    String rootName = root == null ? "Query" : root.getName();
    return new IntrospectionFields(scope).firstIn(operation.getSelectionSet())
        .map(field -> LimitViolation.introspectionDisabled(field.getName(), rootName,
            field.getSourceLocation()));
  }

  private Optional<LimitViolation> depth(SelectionScope scope, OperationDefinition operation) {
    if (!limits.limitsDepth()) {
      return Optional.empty();
    }
    int depth = new DepthMeasure(scope).depth(operation.getSelectionSet());
    return depth > limits.queryDepth()
        ? Optional.of(LimitViolation.queryDepth(depth, limits.queryDepth()))
        : Optional.empty();
  }

  private Optional<LimitViolation> resolverCount(SelectionScope scope, OperationDefinition operation,
      Predicate<FieldCoordinates> hasResolver) {
    long planned = new ResolverTally(scope, hasResolver)
        .count(operation.getSelectionSet(), scope.rootType(operation));
    int limit = limits.effectiveResolverCount();
    if (planned <= limit) {
      return Optional.empty();
    }
    String shown = planned == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(planned);
    return Optional.of(LimitViolation.resolverCount(limit,
        ": the operation selects " + shown + " fields with resolvers"));
  }
}
