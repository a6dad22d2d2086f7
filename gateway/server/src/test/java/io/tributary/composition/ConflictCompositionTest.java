package io.tributary.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictCompositionTest {

  private static void assertProblems(String fixture, String... expected) {
    CompositionResult result = Fixtures.compose(fixture);
    assertFalse(result.succeeded());
    assertEquals(List.of(expected), Fixtures.problems(result));
  }

  @Test
  void sameFieldWithDifferentTypesIsAConflictNamingBothApis() {
    assertProblems("field-type-conflict", "b/schema.graphql:3:3: Unable to resolve conflict on field Post.title: "
        + "api a declares String (a/schema.graphql:3) and api b declares Int (b/schema.graphql:3); merging is not "
        + "supported for fields with different types");
  }

  @Test
  void differentListOrNullWrappingIsAConflict() {
    assertProblems("nullability-conflict", "b/schema.graphql:2:3: Unable to resolve conflict on field Query.tags: "
        + "api a declares [String!] (a/schema.graphql:2) and api b declares [String]! (b/schema.graphql:2); "
        + "merging is not supported for fields with different types");
  }

  @Test
  void differentArgumentDefaultsAreAConflict() {
    assertProblems("argument-conflict", "b/schema.graphql:2:3: Unable to resolve conflict on field Query.posts: "
        + "api a declares arguments (limit: Int, nextToken: String) (a/schema.graphql:2) and api b declares "
        + "arguments (limit: Int = 20, nextToken: String) (b/schema.graphql:2); merging is not supported for fields "
        + "with different arguments");
  }

  @Test
  void inputFieldsWithDifferentDefaultsAreAConflict() {
    assertProblems("input-default-conflict", "b/schema.graphql:2:3: Unable to resolve conflict on field "
        + "Page.limit: api a declares default 10 (a/schema.graphql:2) and api b declares default 50 "
        + "(b/schema.graphql:2); merging is not supported for fields with different default values");
  }

  @Test
  void aTypeNameUsedAsTwoKindsIsAConflict() {
    assertProblems("kind-conflict", "b/schema.graphql:1:1: Unable to resolve conflict on type Status: api a "
        + "declares it as an enum (a/schema.graphql:1) and api b as an object type (b/schema.graphql:1)");
  }

  @Test
  void directiveDefinitionsMustBeIdentical() {
    assertProblems("directive-definition-conflict", "b/schema.graphql:1:1: Unable to resolve conflict on "
        + "directive @cost: api a defines @cost(weight: Int) on FIELD_DEFINITION (a/schema.graphql:1) and api b "
        + "defines @cost(weight: Int) on FIELD_DEFINITION | OBJECT; directive definitions must be identical");
  }

  @Test
  void twoSourcesWithAResolverOnTheSameFieldIsAConflictNamingBothDescriptors() {
    assertProblems("resolver-conflict", "b/api.yaml:3:0: Merged APIs don't allow multiple source resolvers to be "
        + "attached to the same field: Query.getPost has a resolver in api a (a/api.yaml:1) and in api b "
        + "(b/api.yaml:3)");
  }

  @Test
  void parseErrorsAreReportedPerSourceAndTheOtherSourcesAreStillRead() {
    assertProblems("parse-error",
        "broken/schema.graphql:3:5: syntax error: Invalid syntax with offending token ':' at line 3 column 5",
        "alsobroken/schema.graphql:2:10: syntax error: Invalid syntax with offending token '<EOF>' at line 2 "
            + "column 10");
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() {
    assertProblems("many-problems",
        "c/schema.graphql:0:0: auth conflict: api c uses default auth mode AWS_LAMBDA, which the merged API does "
            + "not accept (merged modes: [API_KEY, AWS_IAM]); add it to the merged API's auth modes",
        "b/schema.graphql:2:3: Unable to resolve conflict on field Post.id: api a declares ID! (a/schema.graphql:2) "
            + "and api b declares String (b/schema.graphql:2); merging is not supported for fields with different "
            + "types",
        "b/schema.graphql:3:3: Unable to resolve conflict on field Post.title: api a declares String "
            + "(a/schema.graphql:3) and api b declares String! (b/schema.graphql:3); merging is not supported for "
            + "fields with different types",
        "b/api.yaml:2:0: resolver for Query.missing in api b points at a field that the api's schema "
            + "(schema.graphql) does not define",
        "b/api.yaml:1:0: Merged APIs don't allow multiple source resolvers to be attached to the same field: "
            + "Query.getPost has a resolver in api a (a/api.yaml:1) and in api b (b/api.yaml:1)");
  }

  @Test
  void duplicateApiNamesAndAnEmptySourceListAreReported() {
    SourceSchema one = new SourceSchema("a", "schema.graphql", "type Query { a: String }", "API_KEY", List.of());
    CompositionResult duplicate = new Composer().compose(List.of(one, one), Fixtures.API_KEY_AND_IAM);
    assertEquals(List.of("a/schema.graphql:0:0: api name a is used by more than one source API"),
        Fixtures.problems(duplicate));
    CompositionResult empty = new Composer().compose(List.of(), Fixtures.API_KEY_AND_IAM);
    assertEquals(List.of("<merged>/schema:0:0: no source APIs to merge"), Fixtures.problems(empty));
  }
}
