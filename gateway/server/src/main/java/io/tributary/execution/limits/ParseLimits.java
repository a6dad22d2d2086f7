package io.tributary.execution.limits;

import graphql.GraphQLContext;
import graphql.parser.ParserOptions;
import graphql.validation.QueryComplexityLimits;
import java.util.Optional;

/**
 * Limits applied before and during parsing, where a hostile document costs the most.
 *
 * <p>Order of use for a request: {@link #checkDocumentSize} on the raw text (cheap, before any
 * parsing), then parse with {@link #parserOptions} (put them in the request's
 * {@code GraphQLContext} with {@link #applyTo}, which is where graphql-java's
 * {@code ParseAndValidate} reads them), then validate, then {@link OperationLimitChecker}.
 *
 * <p>The parser counts grammar tokens ({@code maxTokens}) and ignored tokens (white space,
 * commas, comments), stops at {@code maxCharacters}, and stops at {@code maxRuleDepth} nested
 * grammar rules. The rule depth is what keeps a 1,000-level nested query from reaching the
 * recursive AST builder and validator (a StackOverflowError): each level of field nesting costs
 * about three rules (selection set, selection, field).
 */
public final class ParseLimits {
  /** graphql-java's default rule depth: about 160 levels of field nesting. */
  public static final int DEFAULT_MAX_RULE_DEPTH = ParserOptions.MAX_RULE_DEPTH;
  /** Grammar rules entered per level of field nesting, with headroom for arguments and fragments. */
  private static final int RULES_PER_LEVEL = 4;
  private static final int RULE_HEADROOM = 32;
  /**
   * Ignored tokens allowed per grammar token: a pretty-printed document has one or two; each
   * token costs memory whichever channel it is on, so they are bounded by the same budget.
   */
  private static final int IGNORED_TOKENS_PER_TOKEN = 4;

  private ParseLimits() {}

  /** Parser options for operations under {@code limits}, based on graphql-java's operation defaults. */
  public static ParserOptions parserOptions(OperationLimits limits) {
    int ruleDepth = Math.max(DEFAULT_MAX_RULE_DEPTH, RULES_PER_LEVEL * limits.queryDepth() + RULE_HEADROOM);
    long ignored = (long) IGNORED_TOKENS_PER_TOKEN * limits.maxTokens();
    return ParserOptions.getDefaultOperationParserOptions().transform(options -> options
        .maxCharacters(limits.maxDocumentBytes())
        .maxTokens(limits.maxTokens())
        .maxWhitespaceTokens((int) Math.min(Integer.MAX_VALUE, ignored))
        .maxRuleDepth(ruleDepth));
  }

  /**
   * Puts the parser options, and graphql-java 26's own validation-time depth limit, into a
   * request's context. graphql-java validates with a default depth limit of 100; it is raised
   * above {@code queryDepth} so that {@link OperationLimitChecker}'s AppSync-style message is the
   * one a client sees.
   */
  public static void applyTo(GraphQLContext context, OperationLimits limits) {
    context.put(ParserOptions.class, parserOptions(limits));
    int validationDepth = Math.max(QueryComplexityLimits.DEFAULT_MAX_DEPTH, limits.queryDepth() + 1);
    context.put(QueryComplexityLimits.KEY, QueryComplexityLimits.newLimits()
        .maxDepth(validationDepth)
        .maxFieldsCount(QueryComplexityLimits.DEFAULT_MAX_FIELDS_COUNT)
        .build());
  }

  /** A violation if {@code query} is longer than {@code maxDocumentBytes} in UTF-8. */
  public static Optional<LimitViolation> checkDocumentSize(String query, OperationLimits limits) {
    long bytes = utf8Length(query);
    int limit = limits.maxDocumentBytes();
    return bytes > limit ? Optional.of(LimitViolation.documentSize(bytes, limit)) : Optional.empty();
  }

  /** UTF-8 length without encoding; an unpaired surrogate counts as the 3 bytes of U+FFFD. */
  static long utf8Length(CharSequence text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
