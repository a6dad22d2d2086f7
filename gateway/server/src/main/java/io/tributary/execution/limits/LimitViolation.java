package io.tributary.execution.limits;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.SourceLocation;
import java.util.List;

/**
 * One broken operation limit, ready to become a request-level error ({@code data: null}).
 *
 * <p>AppSync reports these as validation messages without an {@code errorType}; our error shape
 * always carries one, so each kind has its own:
 * <ul>
 *   <li>{@value #QUERY_DEPTH} - {@code Query depth 12 exceeds the maximum allowed depth of 10};</li>
 *   <li>{@value #RESOLVER_COUNT} - {@code Resolver count limit of 10000 exceeded ...};</li>
 *   <li>{@value #DOCUMENT_SIZE} - the query text is larger than {@code maxDocumentBytes};</li>
 *   <li>{@value #VALIDATION} - an introspection field while introspection is disabled, worded
 *       as AppSync words it: the field is reported as undefined.</li>
 * </ul>
 * Token and nesting limits of the parser surface as graphql-java's {@code InvalidSyntax} errors.
 *
 * @param errorType the AppSync-style {@code errorType}
 * @param message the client-facing message
 * @param locations where in the document the problem is, possibly empty
 */
public record LimitViolation(String errorType, String message, List<SourceLocation> locations) {
  public static final String QUERY_DEPTH = "QueryDepthLimitExceeded";
  public static final String RESOLVER_COUNT = "ResolverCountLimitExceeded";
  public static final String DOCUMENT_SIZE = "DocumentSizeLimitExceeded";
  public static final String VALIDATION = "ValidationError";

  public LimitViolation {
    locations = List.copyOf(locations);
  }

  static LimitViolation queryDepth(int depth, int limit) {
    return new LimitViolation(QUERY_DEPTH,
        "Query depth " + depth + " exceeds the maximum allowed depth of " + limit, List.of());
  }

  static LimitViolation resolverCount(int limit, String detail) {
    return new LimitViolation(RESOLVER_COUNT,
        "Resolver count limit of " + limit + " exceeded" + detail, List.of());
  }

  static LimitViolation documentSize(long bytes, int limit) {
    return new LimitViolation(DOCUMENT_SIZE,
        "Query document of " + bytes + " bytes exceeds the maximum allowed size of " + limit + " bytes",
        List.of());
  }

  static LimitViolation introspectionDisabled(String field, String rootType, SourceLocation where) {
    String message = "Validation error of type FieldUndefined: Field '" + field + "' in type '"
        + rootType + "' is undefined @ '" + field + "'";
    return new LimitViolation(VALIDATION, message, where == null ? List.of() : List.of(where));
  }

  /** This violation as a graphql-java error whose classification is {@link #errorType()}. */
  public GraphQLError toGraphQLError() {
    return GraphqlErrorBuilder.newError()
        .message(message)
        .locations(locations)
        .errorType(ErrorClassification.errorClassification(errorType))
        .build();
  }
}
