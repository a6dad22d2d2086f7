package io.tributary.execution;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import io.tributary.auth.AuthorizationRule;
import io.tributary.auth.Identity;
import io.tributary.resolver.ResolverError;

/**
 * The authorize stage for one field: a caller whose mode (or Cognito groups) the field's
 * {@code @aws_*} rule does not allow gets {@code null} and AppSync's
 * {@code Unauthorized: Not Authorized to access <field> on type <Type>}; the resolver never runs.
 * Lambda authorizers' {@code deniedFields} are honoured the same way.
 */
final class AuthorizingDataFetcher implements DataFetcher<Object> {
  private final AuthorizationRule rule;
  private final DataFetcher<?> delegate;

  AuthorizingDataFetcher(AuthorizationRule rule, DataFetcher<?> delegate) {
    this.rule = rule;
    this.delegate = delegate;
  }

  @Override
  public Object get(DataFetchingEnvironment env) throws Exception {
    RequestState state = env.getGraphQlContext().get(RequestState.KEY);
    String type = ((GraphQLObjectType) env.getParentType()).getName();
    String field = env.getField().getName();
    if (allowed(state.identity(), type, field)) {
      return delegate.get(env);
    }
    return DataFetcherResult.newResult()
        .error(ResolverDataFetcher.toGraphQLError(env, unauthorized(type, field)))
        .build();
  }

  private boolean allowed(Identity identity, String type, String field) {
    return rule.allows(identity) && !identity.deniedFields().contains(type + "." + field);
  }

  static ResolverError unauthorized(String type, String field) {
    return ResolverError.of("Unauthorized", "Not Authorized to access " + field + " on type " + type);
  }
}
