package io.tributary.execution.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits as the engine applies them through {@link OperationLimitInstrumentation}. */
class EnforcedLimitTest {

  @Test
  void anOperationWithinItsLimitsExecutes() {
    BlogEngine engine = new BlogEngine(new OperationLimits(3, 10, 4096, 1000, false));
    ExecutionResult result = engine.execute("{ post(id: 1) { title author { name } } }");
    assertEquals(List.of(), result.getErrors());
    assertEquals(Map.of("post", Map.of("title", "Post 1", "author", Map.of("name", "Ann"))), result.getData());
  }

  @Test
  void aTooDeepOperationIsRefusedBeforeAnyResolverRuns() {
    BlogEngine engine = new BlogEngine(new OperationLimits(10, 0, 1 << 20, 15_000, true));
    String query = "{ " + "posts { author { ".repeat(6) + "name" + " } }".repeat(6) + " }";
    ExecutionResult result = engine.execute(query);
    GraphQLError error = single(result);
    assertEquals("Query depth 13 exceeds the maximum allowed depth of 10", error.getMessage());
    assertEquals(LimitViolation.QUERY_DEPTH, error.getErrorType().toString());
    assertNull(result.getData());
    assertEquals(0, engine.totalCalls());
  }

  @Test
  void introspectionIsRefusedWhenDisabled() {
    BlogEngine engine = new BlogEngine(new OperationLimits(0, 0, 1 << 20, 15_000, false));
    ExecutionResult result = engine.execute("{ __schema { types { name } } }");
    assertEquals("Validation error of type FieldUndefined: Field '__schema' in type 'Query' is undefined @ '__schema'",
        single(result).getMessage());
    assertNull(result.getData());
  }

  @Test
  void theBudgetCountsInvocationsUnderListsAndStopsResolversOnceSpent() {
    // Statically 2 resolver fields (posts, author); at run time 1 + 5 authors = 6 invocations.
    BlogEngine engine = new BlogEngine(new OperationLimits(0, 4, 1 << 20, 15_000, true));
    ExecutionResult result = engine.execute("{ posts { title author { name } } }");
    assertEquals(1, engine.calls("Query.posts"));
    assertEquals(3, engine.calls("Post.author"), "the 4th and 5th author resolvers never run");
    assertEquals(2, result.getErrors().size());
    for (GraphQLError error : result.getErrors()) {
      assertEquals("Resolver count limit of 4 exceeded", error.getMessage());
      assertEquals(LimitViolation.RESOLVER_COUNT, error.getErrorType().toString());
    }
    assertEquals(List.of(List.of("posts", 3, "author"), List.of("posts", 4, "author")),
        result.getErrors().stream().map(GraphQLError::getPath).toList());
    List<?> posts = (List<?>) result.<Map<String, Object>>getData().get("posts");
    assertEquals(Arrays.asList(Map.of("name", "Ann"), Map.of("name", "Ann"), Map.of("name", "Ann"), null, null),
        posts.stream().map(p -> ((Map<?, ?>) p).get("author")).toList());
  }

  @Test
  void aStaticallyCertainOverrunIsRefusedBeforeAnyResolverRuns() {
    BlogEngine engine = new BlogEngine(new OperationLimits(0, 2, 1 << 20, 15_000, true));
    ExecutionResult result = engine.execute("{ a: post(id: 1) { id } b: post(id: 2) { id } c: post(id: 3) { id } }");
    assertEquals("Resolver count limit of 2 exceeded: the operation selects 3 fields with resolvers",
        single(result).getMessage());
    assertEquals(0, engine.totalCalls());
  }

  private static GraphQLError single(ExecutionResult result) {
    assertEquals(1, result.getErrors().size(), () -> "errors: " + result.getErrors());
    return result.getErrors().get(0);
  }
}
