package io.tributary.execution.limits;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The fixture schema executed by graphql-java with the limits wired in the way the gateway
 * wires them: document size check, parser options in the context, the limit instrumentation.
 * Every resolver records its invocations.
 */
final class BlogEngine {
  private static final int POSTS = 5;
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final OperationLimits limits;
  private final GraphQL graphQL;

  BlogEngine(OperationLimits limits) {
    this.limits = limits;
    RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
        .type(TypeRuntimeWiring.newTypeWiring("Query")
            .dataFetcher("posts", counted("Query.posts", env -> IntStream.range(0, POSTS).mapToObj(BlogEngine::post).toList()))
            .dataFetcher("post", counted("Query.post", env -> post(1)))
            .dataFetcher("version", counted("Query.version", env -> "1.0")))
        .type(TypeRuntimeWiring.newTypeWiring("Post")
            .dataFetcher("author", counted("Post.author", env -> Map.of("id", "u1", "name", "Ann"))))
        .type(TypeRuntimeWiring.newTypeWiring("User")
            .dataFetcher("posts", counted("User.posts", env -> List.of(post(9)))))
        .type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(env -> env.getSchema().getObjectType("Post")))
        .type(TypeRuntimeWiring.newTypeWiring("SearchResult").typeResolver(env -> env.getSchema().getObjectType("Post")))
        .build();
    this.graphQL = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse(LimitFixture.SDL), wiring))
        .instrumentation(new OperationLimitInstrumentation(limits, LimitFixture.HAS_RESOLVER))
        .build();
  }

  ExecutionResult execute(String query) {
    Optional<LimitViolation> tooLarge = ParseLimits.checkDocumentSize(query, limits);
    if (tooLarge.isPresent()) {
      return ExecutionResultImpl.newExecutionResult().addError(tooLarge.get().toGraphQLError()).build();
    }
    // graphql-java words its parse errors in the request locale ("15,000" vs "15.000").
    ExecutionInput input = ExecutionInput.newExecutionInput().query(query).locale(Locale.ENGLISH).build();
    ParseLimits.applyTo(input.getGraphQLContext(), limits);
    return graphQL.execute(input);
  }

  /** How often the resolver of {@code coordinates} ("Type.field") ran. */
  int calls(String coordinates) {
    return calls.getOrDefault(coordinates, new AtomicInteger()).get();
  }

  int totalCalls() {
    return calls.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  private DataFetcher<Object> counted(String coordinates, DataFetcher<Object> fetcher) {
    return env -> {
      calls.computeIfAbsent(coordinates, k -> new AtomicInteger()).incrementAndGet();
      return fetcher.get(env);
    };
  }

  private static Map<String, Object> post(int id) {
    return Map.of("id", "p" + id, "title", "Post " + id);
  }
}
