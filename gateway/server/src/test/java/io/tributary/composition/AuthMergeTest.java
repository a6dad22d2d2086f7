package io.tributary.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.language.Directive;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthMergeTest {
  private final MergedGraph graph = Fixtures.compose("auth-defaults").orElseThrow();

  private List<String> typeDirectives(String type) {
    return names(graph.registry().getType(type, ObjectTypeDefinition.class).orElseThrow().getDirectives());
  }

  private List<String> fieldDirectives(String type, String field) {
    return graph.registry().getType(type, ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions().stream()
        .filter(f -> f.getName().equals(field)).map(FieldDefinition::getDirectives).map(AuthMergeTest::names)
        .findFirst().orElseThrow();
  }

  private static List<String> names(List<Directive> directives) {
    return directives.stream().map(Directive::getName).toList();
  }

  @Test
  void aSourceDefaultModeTheMergedApiDoesNotAcceptIsAConflict() {
    assertEquals(List.of(
        "b/schema.graphql:0:0: auth conflict: api b uses default auth mode AMAZON_COGNITO_USER_POOLS, which the "
            + "merged API does not accept (merged modes: [API_KEY, AWS_IAM]); add it to the merged API's auth modes",
        "c/schema.graphql:0:0: api c has unknown default auth mode 'MAGIC'; expected one of "
            + "[AMAZON_COGNITO_USER_POOLS, API_KEY, AWS_IAM, AWS_LAMBDA, OPENID_CONNECT]"),
        Fixtures.problems(Fixtures.compose("auth-not-accepted")));
  }

  @Test
  void unannotatedTypesOfANonDefaultSourceGetItsModeDirective() {
    assertEquals(List.of("aws_iam"), typeDirectives("Metrics"));
    assertEquals(List.of("aws_api_key"), typeDirectives("Report"), "an explicit type directive is kept as is");
  }

  @Test
  void unannotatedRootFieldsOfANonDefaultSourceGetItsModeDirective() {
    assertEquals(List.of("aws_iam"), fieldDirectives("Mutation", "recordMetric"));
    assertEquals(List.of("aws_api_key"), fieldDirectives("Mutation", "publicPing"));
    assertEquals(List.of(), fieldDirectives("Query", "getPost"), "the default-mode source stays unannotated");
  }

  @Test
  void rootTypeAuthMovesToTheSourcesOwnRootFields() {
    assertEquals(List.of(), typeDirectives("Query"));
    assertEquals(List.of("aws_api_key"), fieldDirectives("Query", "metrics"));
    assertEquals(List.of("aws_iam", "aws_api_key"), fieldDirectives("Query", "health"));
  }

  @Test
  void aSharedTypeKeepsTheAccessOfEverySource() {
    assertEquals(List.of("aws_api_key", "aws_iam"), typeDirectives("Post"));
  }
}
