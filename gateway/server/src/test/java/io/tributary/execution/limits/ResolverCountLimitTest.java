package io.tributary.execution.limits;

import static io.tributary.execution.limits.LimitFixture.HAS_RESOLVER;
import static io.tributary.execution.limits.LimitFixture.SCHEMA;
import static io.tributary.execution.limits.LimitFixture.check;
import static io.tributary.execution.limits.LimitFixture.parse;
import static io.tributary.execution.limits.LimitFixture.resolverLimit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.language.Document;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolverCountLimitTest {

  @Test
  void eachSelectedFieldWithAResolverCountsOnce() {
    String query = "{ post(id: 1) { title author { name posts { title } } } }";
    assertEquals(List.of(), check(resolverLimit(3), query));
    assertEquals(List.of(new LimitViolation(LimitViolation.RESOLVER_COUNT,
        "Resolver count limit of 2 exceeded: the operation selects 3 fields with resolvers", List.of())),
        check(resolverLimit(2), query));
  }

  @Test
  void aFragmentCountsAtEverySpread() {
    String query = """
        { a: post(id: 1) { ...P } b: post(id: 2) { ...P } }
        fragment P on Post { author { name } comments { text } }
        """;
    assertEquals(List.of(), check(resolverLimit(6), query));
    assertEquals(1, check(resolverLimit(5), query).size());
  }

  @Test
  void interfaceFieldsCountWhenAnyImplementationHasAResolver() {
    String query = "{ node(id: 1) { id ... on Post { title author { name } } } }";
    // Query.node + Node.id (User.id has one) + Post.author
    assertEquals(List.of(), check(resolverLimit(3), query));
    assertEquals(1, check(resolverLimit(2), query).size());
  }

  @Test
  void metaFieldsAndSkippedFieldsDoNotCount() {
    String query = "query($s: Boolean!) { __typename post(id: 1) @skip(if: $s) { __typename } version }";
    assertEquals(List.of(), check(resolverLimit(1), query, Map.of("s", false)));
    assertEquals(List.of(), check(resolverLimit(1), "{ search(text: \"x\") { __typename ... on User { name } } }"));
  }

  @Test
  void zeroMeansAppSyncsDefaultOfTenThousand() {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < 10_001; i++) {
      query.append(" p").append(i).append(": posts { id }");
    }
    query.append(" }");
    OperationLimits limits = new OperationLimits(0, 0, 1 << 20, 100_000, true);
    Document document = parse(query.toString(), limits);
    List<LimitViolation> violations =
        new OperationLimitChecker(limits).check(SCHEMA, document, null, Map.of(), HAS_RESOLVER);
    assertEquals("Resolver count limit of 10000 exceeded: the operation selects 10001 fields with resolvers",
        violations.get(0).message());
  }

  @Test
  void aFragmentBombIsCountedWithoutExpandingIt() {
    // F0 spreads F1 twice, F1 spreads F2 twice, ... : 2^40 posts fields, a few dozen lines of text.
    StringBuilder query = new StringBuilder("{ ...F0 }\n");
    int levels = 40;
    for (int i = 0; i < levels; i++) {
      query.append("fragment F").append(i).append(" on Query { ...F").append(i + 1)
          .append(" ...F").append(i + 1).append(" }\n");
    }
    query.append("fragment F").append(levels).append(" on Query { posts { id } }\n");
    OperationLimits limits = resolverLimit(0);
    Document document = parse(query.toString(), limits);
    List<LimitViolation> violations =
        new OperationLimitChecker(limits).check(SCHEMA, document, null, Map.of(), HAS_RESOLVER);
    assertEquals("Resolver count limit of 10000 exceeded: the operation selects " + (1L << levels)
        + " fields with resolvers", violations.get(0).message());
  }

  @Test
  void cyclicFragmentsInAnUnvalidatedDocumentTerminate() {
    String query = "{ ...A } fragment A on Query { posts { id } ...B } fragment B on Query { post(id: 1) { id } ...A }";
    OperationLimits limits = new OperationLimits(1, 1, 1 << 20, 15_000, true);
    Document document = parse(query, limits);
    List<LimitViolation> violations =
        new OperationLimitChecker(limits).check(SCHEMA, document, null, Map.of(), HAS_RESOLVER);
    assertEquals(List.of("Query depth 2 exceeds the maximum allowed depth of 1",
        "Resolver count limit of 1 exceeded: the operation selects 2 fields with resolvers"),
        violations.stream().map(LimitViolation::message).toList());
  }

  @Test
  void theNamedOperationIsTheOneChecked() {
    String query = """
        query Small { version }
        query Big { posts { author { posts { id } } } }
        mutation Add { addPost(title: "t") { author { name } } }
        """;
    OperationLimits limits = resolverLimit(2);
    Document document = parse(query, limits);
    OperationLimitChecker checker = new OperationLimitChecker(limits);
    assertEquals(List.of(), checker.check(SCHEMA, document, "Small", Map.of(), HAS_RESOLVER));
    assertEquals(1, checker.check(SCHEMA, document, "Big", Map.of(), HAS_RESOLVER).size());
    assertEquals(List.of(), checker.check(SCHEMA, document, "Add", Map.of(), HAS_RESOLVER));
    assertEquals(List.of(), checker.check(SCHEMA, document, "Missing", Map.of(), HAS_RESOLVER));
    assertEquals(List.of(), checker.check(SCHEMA, document, null, Map.of(), HAS_RESOLVER));
  }
}
