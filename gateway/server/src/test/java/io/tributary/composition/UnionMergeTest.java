package io.tributary.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.UnionTypeDefinition;
import graphql.schema.FieldCoordinates;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnionMergeTest {
  private final MergedGraph graph = Fixtures.compose("union-merge").orElseThrow();

  @Test
  void sameNamedObjectTypesGetTheUnionOfTheirFields() {
    ObjectTypeDefinition post = graph.registry().getType("Post", ObjectTypeDefinition.class).orElseThrow();
    assertEquals(List.of("id", "title", "status", "createdAt", "reviews", "rating"),
        post.getFieldDefinitions().stream().map(FieldDefinition::getName).toList());
  }

  @Test
  void implementsListsAreUnioned() {
    ObjectTypeDefinition post = graph.registry().getType("Post", ObjectTypeDefinition.class).orElseThrow();
    assertEquals(List.of("Node", "Rated"), post.getImplements().stream().map(TypeNames::name).toList());
  }

  @Test
  void rootTypesAreUnionedByField() {
    ObjectTypeDefinition query = graph.registry().getType("Query", ObjectTypeDefinition.class).orElseThrow();
    assertEquals(List.of("getPost", "search", "getReview"),
        query.getFieldDefinitions().stream().map(FieldDefinition::getName).toList());
  }

  @Test
  void enumValuesAreUnioned() {
    EnumTypeDefinition status = graph.registry().getType("Status", EnumTypeDefinition.class).orElseThrow();
    assertEquals(List.of("DRAFT", "PUBLISHED", "ARCHIVED"),
        status.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList());
  }

  @Test
  void unionMembersAreUnioned() {
    UnionTypeDefinition search = graph.registry().getType("SearchResult", UnionTypeDefinition.class).orElseThrow();
    assertEquals(List.of("Post", "Review"), search.getMemberTypes().stream().map(TypeNames::name).toList());
  }

  @Test
  void inputTypesGetTheUnionOfTheirFields() {
    InputObjectTypeDefinition input =
        graph.registry().getType("PostInput", InputObjectTypeDefinition.class).orElseThrow();
    assertEquals(List.of("title", "tags"),
        input.getInputValueDefinitions().stream().map(InputValueDefinition::getName).toList());
  }

  @Test
  void awsScalarsAndDirectivesAreInTheRegistryButNotInTheSdl() {
    assertTrue(graph.registry().scalars().containsKey("AWSDateTime"));
    assertTrue(graph.registry().getDirectiveDefinition("aws_subscribe").isPresent());
    assertTrue(graph.sdl().contains("createdAt: AWSDateTime"));
    assertTrue(!graph.sdl().contains("scalar AWS") && !graph.sdl().contains("directive @aws"), graph.sdl());
  }

  @Test
  void everyFieldKnowsItsOwningSourceAndResolverOwner() {
    assertEquals(new FieldOrigin("posts", "Post", "id"), graph.origins().get(coordinates("Post", "id")));
    assertEquals(new FieldOrigin("reviews", "Post", "rating"), graph.origins().get(coordinates("Post", "rating")));
    assertEquals(Optional.of(new FieldOrigin("reviews", "Post", "reviews")),
        graph.resolverOwner(coordinates("Post", "reviews")));
    assertEquals(Optional.of(new FieldOrigin("posts", "Query", "getPost")),
        graph.resolverOwner(coordinates("Query", "getPost")));
    assertEquals(Optional.empty(), graph.resolverOwner(coordinates("Post", "title")));
    assertEquals(14, graph.origins().size(), "Node 1, Rated 1, Post 6, Review 2, Query 3, Mutation 1");
  }

  private static FieldCoordinates coordinates(String type, String field) {
    return FieldCoordinates.coordinates(type, field);
  }

  /** Name of a TypeName node. */
  static final class TypeNames {
    static String name(Type<?> type) {
      return TypeReferences.named(type).getName();
    }
  }
}
