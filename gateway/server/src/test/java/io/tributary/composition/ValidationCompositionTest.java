package io.tributary.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.MockedWiringFactory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationCompositionTest {

  @Test
  void everyReferencedTypeMustExistAndTheReferenceIsLocated() {
    assertEquals(List.of(
        "a/schema.graphql:3:11: type Author referenced by Post.author in api a is not defined by any source API of "
            + "the merged schema",
        "b/schema.graphql:2:18: type SearchFilter referenced by Query.search(filter:) in api b is not defined by "
            + "any source API of the merged schema"),
        Fixtures.problems(Fixtures.compose("missing-type")));
  }

  @Test
  void awsSubscribeMustNameExistingMutationsOfTheSameType() {
    assertEquals(List.of(
        "feed/schema.graphql:11:20: @aws_subscribe on Subscription.onAnything in api feed returns Post but "
            + "mutation addComment (api posts) returns Comment; a subscription must return the type of the "
            + "mutations it subscribes to",
        "feed/schema.graphql:11:20: @aws_subscribe on Subscription.onAnything in api feed names mutation "
            + "deletePost, which the merged schema's Mutation type does not define"),
        Fixtures.problems(Fixtures.compose("subscribe")));
  }

  @Test
  void whatGraphqlJavaRejectsWhenBuildingIsReported() {
    assertEquals(List.of("a/schema.graphql:5:1: merged schema does not build: The object type 'Post' [@5:1] does "
            + "not have a field 'id' required via interface 'Node' [@1:1]"),
        Fixtures.problems(Fixtures.compose("schema-build-error")));
  }

  @Test
  void builtInScalarsAndDirectivesMayBeRedeclaredIdentically() {
    MergedGraph graph = Fixtures.compose("prelude-redeclared").orElseThrow();
    assertTrue(graph.sdl().startsWith("schema {"), graph.sdl());
    assertTrue(!graph.sdl().contains("scalar AWSDateTime") && !graph.sdl().contains("directive @"), graph.sdl());
    assertTrue(graph.sdl().contains("old: String @deprecated(reason: \"use data\")"), graph.sdl());
  }

  @Test
  void aBuiltInDirectiveRedeclaredDifferentlyIsAProblem() {
    assertEquals(List.of("strict/schema.graphql:1:1: api strict redeclares built-in directive "
            + "@aws_auth(cognito_groups: [String!]!) on FIELD_DEFINITION differently from the built-in "
            + "@aws_auth(cognito_groups: [String]) on FIELD_DEFINITION | OBJECT"),
        Fixtures.problems(Fixtures.compose("prelude-redeclared-differently")));
  }

  @Test
  void customRootNamesAreNormalisedAndKeepTheirSourceNamesAsOrigin() {
    MergedGraph graph = Fixtures.compose("custom-roots").orElseThrow();
    assertTrue(graph.sdl().contains("type Query {\n  a: String\n  self: Query\n  b: String\n}"), graph.sdl());
    assertEquals(Optional.of(new FieldOrigin("a", "RootMutation", "setA")),
        graph.resolverOwner(FieldCoordinates.coordinates("Mutation", "setA")));
    assertEquals(new FieldOrigin("b", "Query", "b"), graph.origins().get(FieldCoordinates.coordinates("Query", "b")));
  }

  @Test
  void theMergedRegistryBuildsWithTheCallersWiring() {
    MergedGraph graph = Fixtures.compose("union-merge").orElseThrow();
    GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(graph.registry(),
        RuntimeWiring.newRuntimeWiring().wiringFactory(new MockedWiringFactory()).build());
    assertTrue(schema.getDirective("aws_subscribe") != null);
    assertEquals("AWSDateTime",
        GraphQLTypeUtil.simplePrint(schema.getObjectType("Post").getFieldDefinition("createdAt").getType()));
  }
}
