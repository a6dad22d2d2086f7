package io.tributary.execution.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** A small blog schema, which of its fields have resolvers, and parse/validate/check helpers. */
final class LimitFixture {
  static final String SDL = """
      interface Node { id: ID! }
      union SearchResult = Post | User
      type Query {
        post(id: ID!): Post
        posts: [Post]
        node(id: ID!): Node
        search(text: String): [SearchResult]
        version: String
      }
      type Mutation { addPost(title: String): Post }
      type Post implements Node { id: ID! title: String author: User comments: [Comment] }
      type User implements Node { id: ID! name: String posts: [Post] }
      type Comment { text: String author: User }
      """;

  /** Fields with a resolver attached; the rest are read from their parent's result. */
  static final Set<String> RESOLVED = Set.of("Query.post", "Query.posts", "Query.node", "Query.search",
      "Mutation.addPost", "Post.author", "Post.comments", "User.posts", "User.id", "Comment.author");
  static final Predicate<FieldCoordinates> HAS_RESOLVER =
      coordinates -> RESOLVED.contains(coordinates.getTypeName() + "." + coordinates.getFieldName());

  static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
      new SchemaParser().parse(SDL),
      RuntimeWiring.newRuntimeWiring()
          .type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(env -> null))
          .type(TypeRuntimeWiring.newTypeWiring("SearchResult").typeResolver(env -> null))
          .build());

  private LimitFixture() {}

  /** Parses with the parser options for {@code limits}. */
  static Document parse(String query, OperationLimits limits) {
    return Parser.parse(ParserEnvironment.newParserEnvironment()
        .document(query)
        .parserOptions(ParseLimits.parserOptions(limits))
        .build());
  }

  /** Parses, asserts the document is valid for {@link #SCHEMA}, and runs the limit checker. */
  static List<LimitViolation> check(OperationLimits limits, String query, Map<String, Object> variables) {
    Document document = parse(query, limits);
    assertEquals(List.of(), ParseAndValidate.validate(SCHEMA, document), "fixture query must be valid");
    return new OperationLimitChecker(limits).check(SCHEMA, document, null, variables, HAS_RESOLVER);
  }

  static List<LimitViolation> check(OperationLimits limits, String query) {
    return check(limits, query, Map.of());
  }

  static OperationLimits depthLimit(int depth) {
    return new OperationLimits(depth, 0, OperationLimits.DEFAULT_MAX_DOCUMENT_BYTES,
        OperationLimits.DEFAULT_MAX_TOKENS, true);
  }

  static OperationLimits resolverLimit(int count) {
    return new OperationLimits(0, count, OperationLimits.DEFAULT_MAX_DOCUMENT_BYTES,
        OperationLimits.DEFAULT_MAX_TOKENS, true);
  }

  static OperationLimits introspectionOff() {
    return new OperationLimits(0, 0, OperationLimits.DEFAULT_MAX_DOCUMENT_BYTES,
        OperationLimits.DEFAULT_MAX_TOKENS, false);
  }
}
