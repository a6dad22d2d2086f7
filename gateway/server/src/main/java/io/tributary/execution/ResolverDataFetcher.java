package io.tributary.execution;

import graphql.execution.DataFetcherResult;
import graphql.language.AstPrinter;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.SelectedField;
import io.tributary.resolver.FieldInfo;
import io.tributary.resolver.FieldResolver;
import io.tributary.resolver.OperationKind;
import io.tributary.resolver.ResolverContext;
import io.tributary.resolver.ResolverError;
import io.tributary.resolver.ResolverOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Bridges graphql-java to a source API's resolver: builds AppSync's {@code ctx} from the
 * environment, runs the unit or pipeline resolver, and turns its outcome into a value plus
 * AppSync-shaped field errors. Runs on the operation's event loop and never blocks it.
 */
final class ResolverDataFetcher implements DataFetcher<CompletableFuture<DataFetcherResult<Object>>> {
  private final FieldResolver resolver;
  ResolverDataFetcher(FieldResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public CompletableFuture<DataFetcherResult<Object>> get(DataFetchingEnvironment env) {
    RequestState state = env.getGraphQlContext().get(RequestState.KEY);
    ResolverContext ctx = contextFor(env, state);
    return resolver
        .resolve(ctx, state.scope())
        .map(outcome -> toResult(env, ctx, outcome))
        .otherwise(cause -> failure(env, ResolverError.of("InternalFailure", "An internal failure occurred.")))
        .toCompletionStage()
        .toCompletableFuture();
  }

  private DataFetcherResult<Object> toResult(DataFetchingEnvironment env, ResolverContext ctx, ResolverOutcome outcome) {
    if (ctx.operation() == OperationKind.MUTATION && env.getExecutionStepInfo().getPath().getLevel() == 1) {
      RequestState state = env.getGraphQlContext().get(RequestState.KEY);
      state.recordRootMutation(new RootMutation(env.getField().getName(), env.getField().getResultKey(),
          env.getField().getSelectionSet(), env.getFragmentsByName(), outcome.extensions().invalidations()));
    }
    if (ctx.operation() == OperationKind.SUBSCRIPTION && outcome.errors().isEmpty()) {
      RequestState state = env.getGraphQlContext().get(RequestState.KEY);
      state.planSubscription(SubscriptionFieldFetcher.plan(env, outcome.extensions()));
    }
    DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult().data(outcome.value());
    for (ResolverError error : outcome.errors()) {
      result.error(toGraphQLError(env, error));
    }
    return result.build();
  }

  private ResolverContext contextFor(DataFetchingEnvironment env, RequestState state) {
    GraphQLObjectType parent = (GraphQLObjectType) env.getParentType();
    FieldInfo info =
        new FieldInfo(
            env.getField().getName(),
            parent.getName(),
            env.getVariables(),
            () -> selectionSetList(env),
            () -> env.getField().getSelectionSet() == null ? null : AstPrinter.printAst(env.getField().getSelectionSet()));
    Object source = env.getSource();
    return new ResolverContext(
        env.getArguments(),
        source,
        state.identity().resolverIdentity(),
        info,
        state.headers(),
        kindOf(env.getOperationDefinition()));
  }

  private static List<String> selectionSetList(DataFetchingEnvironment env) {
    List<String> names = new ArrayList<>();
    for (SelectedField field : env.getSelectionSet().getFields()) {
      names.add(field.getQualifiedName());
    }
    return names;
  }

  static OperationKind kindOf(OperationDefinition operation) {
    return switch (operation.getOperation()) {
      case MUTATION -> OperationKind.MUTATION;
      case SUBSCRIPTION -> OperationKind.SUBSCRIPTION;
      default -> OperationKind.QUERY;
    };
  }

  private static DataFetcherResult<Object> failure(DataFetchingEnvironment env, ResolverError error) {
    return DataFetcherResult.newResult().error(toGraphQLError(env, error)).build();
  }

  static AppSyncError toGraphQLError(DataFetchingEnvironment env, ResolverError error) {
    SourceLocation location = env.getField().getSourceLocation();
    return new AppSyncError(
        error.message(),
        error.errorType(),
        env.getExecutionStepInfo().getPath().toList(),
        location == null ? List.of() : List.of(location),
        SelectionFilter.filter(error.data(), env.getSelectionSet()),
        error.errorInfo());
  }
}
