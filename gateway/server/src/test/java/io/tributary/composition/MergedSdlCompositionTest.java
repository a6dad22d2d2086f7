package io.tributary.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergedSdlCompositionTest {

  @Test
  void theMergedSdlMatchesTheReviewedSnapshot() throws IOException {
    String expected = Files.readString(Path.of("src/test/resources/composition/union-merge/expected.graphql"));
    assertEquals(expected, Fixtures.compose("union-merge").orElseThrow().sdl());
  }

  @Test
  void composingTheSameSourcesTwiceGivesTheSameSdl() {
    String first = Fixtures.compose("union-merge").orElseThrow().sdl();
    String second = new Composer().compose(Fixtures.load("union-merge"), Fixtures.API_KEY_AND_IAM)
        .orElseThrow().sdl();
    assertEquals(first, second);
  }

  @Test
  void typesFollowTheSourceOrder() {
    List<SourceSchema> sources = Fixtures.load("union-merge");
    String reversed = new Composer().compose(List.of(sources.get(1), sources.get(0)), Fixtures.API_KEY_AND_IAM)
        .orElseThrow().sdl();
    List<String> typeLines = reversed.lines().filter(l -> l.matches("^(type|interface|enum|union|input) .*"))
        .map(l -> l.split("[ {=]")[1]).toList();
    assertEquals(List.of("Node", "Rated", "Post", "Review", "Status", "SearchResult", "PostInput", "Query",
        "Mutation"), typeLines);
  }

  @Test
  void theMergedSdlReparsesToTheSameSdlWithThePrelude() {
    MergedGraph graph = Fixtures.compose("union-merge").orElseThrow();
    TypeDefinitionRegistry reparsed = new SchemaParser().parse(graph.sdl());
    SourceSchema again = new SourceSchema("merged", "schema.graphql", graph.sdl(), "API_KEY", List.of());
    String reprinted = new Composer().compose(List.of(again), Fixtures.API_KEY_AND_IAM).orElseThrow().sdl();
    assertEquals(graph.sdl(), reprinted);
    assertEquals(graph.registry().types().keySet(), reparsed.types().keySet());
  }
}
