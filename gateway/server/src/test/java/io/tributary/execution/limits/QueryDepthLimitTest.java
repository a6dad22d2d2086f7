package io.tributary.execution.limits;

import static io.tributary.execution.limits.LimitFixture.check;
import static io.tributary.execution.limits.LimitFixture.depthLimit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.introspection.IntrospectionQuery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryDepthLimitTest {

  @Test
  void aQueryAtTheLimitPasses() {
    assertEquals(List.of(), check(depthLimit(3), "{ post(id: 1) { author { name } } }"));
    assertEquals(List.of(), check(depthLimit(1), "{ version }"));
  }

  @Test
  void aQueryDeeperThanTheLimitIsRefusedWithTheDepthAndLimit() {
    List<LimitViolation> violations = check(depthLimit(2), "{ version post(id: 1) { author { name } } }");
    assertEquals(List.of(new LimitViolation(LimitViolation.QUERY_DEPTH,
        "Query depth 3 exceeds the maximum allowed depth of 2", List.of())), violations);
  }

  @Test
  void fragmentsAreExpandedWhereTheyAreSpreadAndAddNoLevelThemselves() {
    String query = """
        query { post(id: 1) { ...PostParts } }
        fragment PostParts on Post { author { ... on User { posts { ...Deep } } } }
        fragment Deep on Post { comments { author { name } } }
        """;
    assertEquals(List.of(), check(depthLimit(6), query));
    assertEquals("Query depth 6 exceeds the maximum allowed depth of 5", check(depthLimit(5), query).get(0).message());
  }

  @Test
  void zeroMeansNoDepthLimit() {
    String deep = "{ post(id: 1) { author { posts { author { posts { author { posts { title } } } } } } } }";
    assertEquals(List.of(), check(depthLimit(0), deep));
  }

  @Test
  void skippedSelectionsDoNotCountTowardsDepth() {
    String query = "query($deep: Boolean!) { post(id: 1) { title author @include(if: $deep) { name } } }";
    assertEquals(List.of(), check(depthLimit(2), query, Map.of("deep", false)));
    assertEquals(1, check(depthLimit(2), query, Map.of("deep", true)).size());
    assertEquals(1, check(depthLimit(2), query, Map.of()).size(), "undecidable conditions count");
  }

  @Test
  void theIntrospectionQueryIsNotMeasuredSoToolsKeepWorkingUnderASmallLimit() {
    assertEquals(List.of(), check(depthLimit(2), IntrospectionQuery.INTROSPECTION_QUERY));
  }
}
