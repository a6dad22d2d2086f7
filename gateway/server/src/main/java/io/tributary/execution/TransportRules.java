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
import io.tributary.execution.OperationRequest.Transport;
import java.util.List;

/**
 * Which operation types a transport may carry: queries only over GET (a GET must never change
 * state), subscriptions only over a WebSocket and nothing else over one. Checked after validation, before any resolver runs;
 * a violation aborts the operation with {@code data: null} and a clear error.
 */
public final class TransportRules extends SimplePerformantInstrumentation {

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext ec = parameters.getExecutionContext();
    RequestState request = ec.getGraphQLContext().get(RequestState.KEY);
    String problem = problem(request.transport(), ec.getOperationDefinition().getOperation());
    if (problem != null) {
      throw new AbortExecutionException(List.of(error("ValidationError", problem)));
    }
    return super.beginExecuteOperation(parameters, state);
  }

  private static String problem(Transport transport, Operation operation) {
    if (transport == Transport.HTTP_GET && operation != Operation.QUERY) {
      return "Only queries may be sent with GET; send " + operation.name().toLowerCase() + " operations with POST.";
    }
    if (transport != Transport.WEBSOCKET && operation == Operation.SUBSCRIPTION) {
      return "Subscriptions are served over WebSockets: connect to the realtime endpoint.";
    }
    // Checked before any resolver runs: a mutation started over a socket would otherwise change
    // data while its result had nowhere to go.
    if (transport == Transport.WEBSOCKET && operation != Operation.SUBSCRIPTION) {
      return "Only subscriptions are served over WebSockets; send queries and mutations with HTTP POST.";
    }
    return null;
  }

  private static GraphQLError error(String type, String message) {
    return GraphqlErrorBuilder.newError().message(message).errorType(ErrorClassification.errorClassification(type)).build();
  }
}
