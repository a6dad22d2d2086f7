package io.tributary.execution.limits;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import java.util.List;
import java.util.function.Predicate;

/**
 * Enforces {@link OperationLimits} inside graphql-java: one way to wire the limits into the engine.
 *
 * <ul>
 *   <li>before the operation executes, runs {@link OperationLimitChecker}; violations abort the
 *       request ({@code data: null}, one error per violation, classified by its errorType);</li>
 *   <li>wraps every data fetcher of a field with a resolver so that each invocation takes one unit
 *       of the request's {@link ResolverBudget}; once it is spent the field resolves to null with
 *       a {@code ResolverCountLimitExceeded} error and its resolver is not called.</li>
 * </ul>
 * Parse limits are not here: they belong in the request's context ({@link ParseLimits#applyTo}).
 * The budget is per request and, like the request, confined to one event-loop context.
 */
public final class OperationLimitInstrumentation implements Instrumentation {
  private final OperationLimitChecker checker;
  private final Predicate<FieldCoordinates> hasResolver;

  public OperationLimitInstrumentation(OperationLimits limits, Predicate<FieldCoordinates> hasResolver) {
    this.checker = new OperationLimitChecker(limits);
    this.hasResolver = hasResolver;
  }

  @Override
  public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    return new BudgetState(ResolverBudget.of(checker.limits()));
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext execution = parameters.getExecutionContext();
    List<LimitViolation> violations = checker.checkOperation(execution.getGraphQLSchema(), execution.getDocument(),
        execution.getOperationDefinition(), execution.getCoercedVariables().toMap(), hasResolver);
    if (!violations.isEmpty()) {
      List<GraphQLError> errors = violations.stream().map(LimitViolation::toGraphQLError).toList();
      throw new AbortExecutionException(errors);
    }
    return SimpleInstrumentationContext.noOp();
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
      InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
    FieldCoordinates coordinates = FieldCoordinates.coordinates(
        parameters.getExecutionStepInfo().getObjectType(), parameters.getField().getName());
    if (!(state instanceof BudgetState budgetState) || !hasResolver.test(coordinates)) {
      return dataFetcher;
    }
    ResolverBudget budget = budgetState.budget();
    return environment -> {
      if (budget.tryAcquire()) {
        return dataFetcher.get(environment);
      }
      LimitViolation violation = budget.violation();
      return DataFetcherResult.newResult()
          .error(GraphqlErrorBuilder.newError(environment)
              .message(violation.message())
              .errorType(ErrorClassification.errorClassification(violation.errorType()))
              .build())
          .build();
    };
  }

  private record BudgetState(ResolverBudget budget) implements InstrumentationState {}
}
