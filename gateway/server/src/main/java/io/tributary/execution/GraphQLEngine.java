package io.tributary.execution;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.Introspection;
import graphql.schema.GraphQLSchema;
import io.vertx.core.Context;
import io.vertx.core.Future;
import graphql.schema.FieldCoordinates;
import io.tributary.execution.limits.LimitViolation;
import io.tributary.execution.limits.ParseLimits;
import io.tributary.execution.limits.OperationLimitInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The execute stage: parse and validate (cached), enforce operation limits, run the resolvers,
 * and hand back graphql-java's result for the front end to shape. Shared by every event loop;
 * each operation runs entirely on the context that called {@link #execute}.
 */
public final class GraphQLEngine {
  private final GraphQLSchema schema;
  private final GraphQL graphQL;
  private final EngineOptions options;

  private final OperationObserver observer;

  public GraphQLEngine(GraphQLSchema schema, EngineOptions options, Set<FieldCoordinates> resolverFields,
      OperationObserver observer) {
    this.schema = schema;
    this.options = options;
    this.observer = observer;
    this.graphQL =
        GraphQL.newGraphQL(schema)
            .preparsedDocumentProvider(new DocumentCache(options.documentCacheEntries()))
            .instrumentation(new ChainedInstrumentation(
                new TransportRules(), new OperationLimitInstrumentation(options.limits(), resolverFields::contains)))
            .build();
  }

  public GraphQLSchema schema() {
    return schema;
  }

  /** Executes one operation on {@code context}; never fails, errors are in the result. */
  public Future<ExecutionResult> execute(OperationRequest request, Context context) {
    RequestState state = newState(request, context);
    return run(request, state, context).onSuccess(result -> publishMutations(state, result));
  }

  /**
   * Validates a subscription start, authorizes it and runs its resolver, without producing events:
   * the real-time layer registers the returned plan.
   */
  public Future<PreparedSubscription> prepareSubscription(OperationRequest request, Context context) {
    RequestState state = newState(request, context);
    return run(request, state, context).map(result -> new PreparedSubscription(result,
        result.getErrors().isEmpty() ? state.subscriptionPlan() : null));
  }

  private static RequestState newState(OperationRequest request, Context context) {
    return new RequestState(request.identity(), request.headers(), new RequestScope(context, request.identity()), request.transport());
  }

  private void publishMutations(RequestState state, ExecutionResult result) {
    if (state.rootMutations().isEmpty() || !(result.getData() instanceof Map<?, ?> data)) {
      return;
    }
    List<MutationOutcome> outcomes = new ArrayList<>(state.rootMutations().size());
    for (RootMutation mutation : state.rootMutations()) {
      Object value = ResponseDealiaser.dealias(data.get(mutation.responseKey()), mutation.selectionSet(), mutation.fragments());
      outcomes.add(new MutationOutcome(mutation.fieldName(), value, mutation.invalidations()));
    }
    observer.mutationCompleted(outcomes);
  }

  private Future<ExecutionResult> run(OperationRequest request, RequestState state, Context context) {
    String query = request.query() == null ? "" : request.query();
    Optional<LimitViolation> tooLarge = ParseLimits.checkDocumentSize(query, options.limits());
    if (tooLarge.isPresent()) {
      return Future.succeededFuture(requestError(tooLarge.get().errorType(), tooLarge.get().message()));
    }
    if (query.isBlank()) {
      return Future.succeededFuture(requestError("ValidationError", "A GraphQL document is required."));
    }
    ExecutionInput input =
        ExecutionInput.newExecutionInput(query)
            .operationName(request.operationName())
            .variables(request.variables() == null ? Map.of() : request.variables())
            .locale(Locale.ENGLISH)
            .graphQLContext(
                b -> {
                  b.put(RequestState.KEY, state);
                  ParseLimits.applyTo(b, options.limits());
                  if (!options.limits().introspection()) {
                    b.put(Introspection.INTROSPECTION_DISABLED, true);
                  }
                })
            .build();
    try {
      return Future.fromCompletionStage(graphQL.executeAsync(input), context);
    } catch (RuntimeException e) {
      return Future.succeededFuture(requestError("InternalFailure", "An internal failure occurred."));
    }
  }

  static ExecutionResult requestError(String errorType, String message) {
    return ExecutionResult.newExecutionResult()
        .addError(
            GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(graphql.ErrorClassification.errorClassification(errorType))
                .build())
        .build();
  }
}
