package io.tributary.execution;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.ErrorClassification;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition.Operation;
import graphql.schema.FieldCoordinates;
import io.tributary.execution.OperationRequest.Transport;
import io.tributary.execution.limits.LimitViolation;
import io.tributary.execution.limits.OperationLimitChecker;
import io.tributary.execution.limits.OperationLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks, after validation and before any resolver runs, what AppSync checks: query depth,
 * resolver count, introspection when it is off, and that the transport allows the operation type
 * (queries only over GET; subscriptions only over a WebSocket). A violation aborts the operation
 * with {@code data: null} and an error naming the limit.
 */
public final class DocumentLimits extends SimplePerformantInstrumentation {
  private final OperationLimitChecker checker;
  private final Set<FieldCoordinates> resolverFields;

  public DocumentLimits(OperationLimits limits, Set<FieldCoordinates> resolverFields) {
    this.checker = new OperationLimitChecker(limits);
    this.resolverFields = Set.copyOf(resolverFields);
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext ec = parameters.getExecutionContext();
    List<GraphQLError> errors = new ArrayList<>();
    RequestState request = ec.getGraphQLContext().get(RequestState.KEY);
    String transportProblem = transportProblem(request.transport(), ec.getOperationDefinition().getOperation());
    if (transportProblem != null) {
      errors.add(error("ValidationError", transportProblem));
    }
    for (LimitViolation violation :
        checker.check(ec.getGraphQLSchema(), ec.getDocument(), ec.getOperationDefinition().getName(),
            ec.getCoercedVariables().toMap(), resolverFields::contains)) {
      errors.add(violation.toGraphQLError());
    }
    if (!errors.isEmpty()) {
      throw new AbortExecutionException(errors);
    }
    return super.beginExecuteOperation(parameters, state);
  }

  private static String transportProblem(Transport transport, Operation operation) {
    if (transport == Transport.HTTP_GET && operation != Operation.QUERY) {
      return "Only queries may be sent with GET; send " + operation.name().toLowerCase() + " operations with POST.";
    }
    if (transport != Transport.WEBSOCKET && operation == Operation.SUBSCRIPTION) {
      return "Subscriptions are served over WebSockets: connect to the realtime endpoint.";
    }
    return null;
  }

  private static GraphQLError error(String type, String message) {
    return GraphqlErrorBuilder.newError().message(message).errorType(ErrorClassification.errorClassification(type)).build();
  }
}
