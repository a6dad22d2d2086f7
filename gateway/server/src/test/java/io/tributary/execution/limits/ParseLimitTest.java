package io.tributary.execution.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.ParserOptions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParseLimitTest {
  private final OperationLimits defaults = OperationLimits.defaults();

  @Test
  void aThousandLevelNestedQueryIsCancelledByTheParserWithoutReachingAnyResolver() {
    BlogEngine engine = new BlogEngine(defaults);
    String query = "{ " + "posts { author { ".repeat(500) + "name" + " } }".repeat(500) + " }";
    ExecutionResult result = engine.execute(query);
    String message = singleRequestError(result).getMessage();
    assertTrue(message.contains("More than 500 deep 'grammar' rules have been entered"), message);
    assertEquals(0, engine.totalCalls());
  }

  @Test
  void anAliasFloodOfTenThousandFieldsIsCancelledByTheTokenLimit() {
    BlogEngine engine = new BlogEngine(defaults);
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < 10_000; i++) {
      query.append(" a").append(i).append(": version");
    }
    ExecutionResult result = engine.execute(query.append(" }").toString());
    String message = singleRequestError(result).getMessage();
    assertTrue(message.contains("More than 15,000 'grammar' tokens have been presented"), message);
    assertEquals(0, engine.calls("Query.version"));
  }

  @Test
  void aDocumentOverAConfiguredTokenLimitIsCancelled() {
    OperationLimits limits = new OperationLimits(0, 0, 4096, 20, true);
    BlogEngine engine = new BlogEngine(limits);
    assertEquals(Map.of("version", "1.0"), engine.execute("{ version }").getData());
    String message = singleRequestError(engine.execute(
        "{ a: version b: version c: version d: version e: version f: version g: version }")).getMessage();
    assertTrue(message.contains("More than 20 'grammar' tokens have been presented"), message);
  }

  @Test
  void floodsOfIgnoredTokensAreCancelledToo() {
    OperationLimits limits = new OperationLimits(0, 0, 1 << 20, 100, true);
    String query = "{ version" + " ,".repeat(1_000) + " }";
    String message = singleRequestError(new BlogEngine(limits).execute(query)).getMessage();
    assertTrue(message.contains("More than 400 'whitespace' tokens have been presented"), message);
  }

  @Test
  void aDocumentLargerThanTheByteLimitIsRefusedBeforeParsing() {
    OperationLimits limits = new OperationLimits(0, 0, 100, 15_000, true);
    String multiByte = "{ search(text: \"" + "é".repeat(45) + "\") { __typename } }";
    assertTrue(multiByte.length() < 100, "fewer characters than the limit, more bytes");
    Optional<LimitViolation> violation = ParseLimits.checkDocumentSize(multiByte, limits);
    assertEquals(Optional.of(new LimitViolation(LimitViolation.DOCUMENT_SIZE,
        "Query document of 125 bytes exceeds the maximum allowed size of 100 bytes", java.util.List.of())),
        violation);
    BlogEngine engine = new BlogEngine(limits);
    GraphQLError error = singleRequestError(engine.execute(multiByte));
    assertEquals(LimitViolation.DOCUMENT_SIZE, error.getErrorType().toString());
    assertEquals(Optional.empty(), ParseLimits.checkDocumentSize("{ version }", limits));
  }

  @Test
  void theParserAlsoStopsAtTheSizeLimitWhenTheByteCheckIsSkipped() {
    OperationLimits limits = new OperationLimits(0, 0, 50, 15_000, true);
    InvalidSyntaxException error = assertThrows(InvalidSyntaxException.class,
        () -> LimitFixture.parse("{ version " + "# comment\n".repeat(10) + "}", limits));
    assertTrue(error.getMessage().contains("More than 50 characters have been presented"), error.getMessage());
  }

  @Test
  void parserOptionsFollowTheLimits() {
    ParserOptions options = ParseLimits.parserOptions(new OperationLimits(10, 0, 2048, 300, true));
    assertEquals(300, options.getMaxTokens());
    assertEquals(1200, options.getMaxWhitespaceTokens());
    assertEquals(2048, options.getMaxCharacters());
    assertEquals(500, options.getMaxRuleDepth());
    assertTrue(options.isCaptureSourceLocation(), "errors need locations");
  }

  @Test
  void withoutADepthLimitTheValidatorStillRefusesMoreThanAHundredLevels() {
    BlogEngine engine = new BlogEngine(defaults);
    String query = "{ " + "posts { author { ".repeat(60) + "name" + " } }".repeat(60) + " }";
    String message = singleRequestError(engine.execute(query)).getMessage();
    assertTrue(message.contains("exceeds maximum allowed depth 100"), message);
    assertEquals(0, engine.totalCalls());
  }

  private static GraphQLError singleRequestError(ExecutionResult result) {
    assertEquals(1, result.getErrors().size(), () -> "errors: " + result.getErrors());
    assertNull(result.getData());
    return result.getErrors().get(0);
  }
}
