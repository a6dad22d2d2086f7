package io.tributary.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.FieldCoordinates;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MergeDirectivesCompositionTest {

  private static List<String> fieldNames(MergedGraph graph, String type) {
    return graph.registry().getType(type, ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions().stream()
        .map(FieldDefinition::getName).toList();
  }

  private static String fieldType(MergedGraph graph, String type, String field) {
    return graph.registry().getType(type, ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions().stream()
        .filter(f -> f.getName().equals(field)).map(f -> Signatures.type(f.getType())).findFirst().orElseThrow();
  }

  @Test
  void canonicalTypeWinsAndTheOtherDefinitionsAreIgnoredWithTheirResolvers() {
    MergedGraph graph = Fixtures.compose("canonical-type").orElseThrow();
    assertEquals(List.of("id", "email", "address"), fieldNames(graph, "User"));
    assertEquals("ID!", fieldType(graph, "User", "id"));
    assertEquals(new FieldOrigin("users", "User", "id"), graph.origins().get(FieldCoordinates.coordinates("User", "id")));
    assertEquals(Optional.empty(), graph.resolverOwner(FieldCoordinates.coordinates("User", "id")));
    assertFalse(graph.sdl().contains("@canonical"), graph.sdl());
  }

  @Test
  void canonicalFieldWinsOverADifferentlyTypedField() {
    MergedGraph graph = Fixtures.compose("canonical-field").orElseThrow();
    assertEquals("Int", fieldType(graph, "Post", "rating"));
    assertEquals(Optional.of(new FieldOrigin("b", "Post", "rating")),
        graph.resolverOwner(FieldCoordinates.coordinates("Post", "rating")));
  }

  @Test
  void twoCanonicalsForTheSameTypeOrFieldAreAConflict() {
    assertEquals(List.of(
        "b/schema.graphql:1:1: conflicting @canonical: type User is marked @canonical in api a (a/schema.graphql:1) "
            + "and in api b (b/schema.graphql:1); only one source may be canonical for it",
        "b/schema.graphql:7:3: conflicting @canonical: field Post.rating is marked @canonical in api a "
            + "(a/schema.graphql:6) and in api b (b/schema.graphql:7); only one source may be canonical for it"),
        Fixtures.problems(Fixtures.compose("two-canonicals")));
  }

  @Test
  void hiddenTypesAndFieldsAreNotMergedAndTheirResolversAreDropped() {
    MergedGraph graph = Fixtures.compose("hidden").orElseThrow();
    assertEquals(List.of("id", "body"), fieldNames(graph, "Message"));
    assertEquals(List.of("getMessage"), fieldNames(graph, "Query"));
    assertFalse(graph.registry().hasType("AuditEntry"));
    assertEquals(Optional.empty(), graph.resolverOwner(FieldCoordinates.coordinates("Query", "internalStats")));
    assertFalse(graph.sdl().contains("@hidden"), graph.sdl());
  }

  @Test
  void referencingAHiddenTypeFromAKeptFieldIsAProblem() {
    assertEquals(List.of("chat/schema.graphql:7:10: type Audit referenced by Message.audit in api chat is not "
            + "defined by any source API of the merged schema (api chat hides it with @hidden)"),
        Fixtures.problems(Fixtures.compose("hidden-reference")));
  }

  @Test
  void renamedTypesAndFieldsAreRewrittenInTheirSourceOnly() {
    MergedGraph graph = Fixtures.compose("renamed").orElseThrow();
    assertEquals(List.of("getChatMessage", "listMessages", "getMessage"), fieldNames(graph, "Query"));
    assertEquals("ChatMessage", fieldType(graph, "Query", "getChatMessage"));
    assertEquals("[ChatMessage!]!", fieldType(graph, "Query", "listMessages"));
    assertEquals("[ChatMessage]", fieldType(graph, "ChatMessage", "replies"));
    assertEquals("Message", fieldType(graph, "Query", "getMessage"), "the other source's Message is untouched");
    assertFalse(graph.sdl().contains("@renamed"), graph.sdl());
  }

  @Test
  void renamedFieldsKeepTheirOriginalCoordinateAsOriginAndResolver() {
    MergedGraph graph = Fixtures.compose("renamed").orElseThrow();
    FieldCoordinates merged = FieldCoordinates.coordinates("Query", "getChatMessage");
    assertEquals(new FieldOrigin("chat", "Query", "getMessage"), graph.origins().get(merged));
    assertEquals(Optional.of(new FieldOrigin("chat", "Query", "getMessage")), graph.resolverOwner(merged));
    assertEquals(Optional.of(new FieldOrigin("posts", "Query", "getMessage")),
        graph.resolverOwner(FieldCoordinates.coordinates("Query", "getMessage")));
    assertEquals(new FieldOrigin("chat", "Message", "replies"),
        graph.origins().get(FieldCoordinates.coordinates("ChatMessage", "replies")));
  }

  @Test
  void subscriptionsFollowARenamedMutationOfTheirOwnSource() {
    MergedGraph graph = Fixtures.compose("renamed").orElseThrow();
    assertTrue(graph.sdl().contains("onMessage: ChatMessage @aws_subscribe(mutations: [\"sendChatMessage\"])"),
        graph.sdl());
  }

  @Test
  void aNameCollisionAfterRenameAcrossSourcesIsAConflict() {
    assertEquals(List.of(
        "a/schema.graphql:1:1: name collision after @renamed: api a renames type Message to Note, which api b "
            + "already defines (b/schema.graphql:1)",
        "a/schema.graphql:7:3: name collision after @renamed: api a renames field Query.getNote to Query.note, "
            + "which api b already defines (b/schema.graphql:6)"),
        Fixtures.problems(Fixtures.compose("rename-collision")));
  }

  @Test
  void aNameCollisionAfterRenameInsideOneSourceIsReportedOnce() {
    assertEquals(List.of(
        "a/schema.graphql:12:3: name collision after @renamed: field Query.first in api a is renamed to second, "
            + "which field Query.second in the same api (a/schema.graphql:13) already uses",
        "a/schema.graphql:1:1: name collision after @renamed: type Message in api a is renamed to Note, which "
            + "type Note in the same api (a/schema.graphql:5) already uses"),
        Fixtures.problems(Fixtures.compose("rename-collision-in-source")));
  }

  @Test
  void renamedNeedsAValidTargetName() {
    SourceSchema bad = new SourceSchema("a", "schema.graphql",
        "type Query {\n  a: String @renamed(to: \"not a name\")\n}", "API_KEY", List.of());
    assertEquals(List.of("a/schema.graphql:2:13: @renamed on field Query.a in api a needs to: \"<NewName>\" with a "
            + "valid GraphQL name"),
        Fixtures.problems(new Composer().compose(List.of(bad), Fixtures.API_KEY_AND_IAM)));
  }
}
