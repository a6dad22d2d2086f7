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
 * commas, comments), stops at {@code maxCharacters}, and stops at {@value #MAX_RULE_DEPTH} nested
 * grammar rules. The rule depth is what keeps a 1,000-level nested query from reaching the
 * recursive AST builder, validator and executor (a StackOverflowError): each level of field
 * nesting costs about three rules (selection set, selection, field), so about 160 levels parse.
 * graphql-java 26's validator then refuses depth over {@value #VALIDATION_MAX_DEPTH}, which is
 * the ceiling when no {@code queryDepth} is configured ({@link OperationLimits} allows at most
 * {@value OperationLimits#MAX_QUERY_DEPTH}, as AppSync does). Both were checked to run on a
 * 512 KiB thread stack.
 */
public final class ParseLimits {
  /** graphql-java's default rule depth: about 160 levels of field nesting. */
  public static final int MAX_RULE_DEPTH = ParserOptions.MAX_RULE_DEPTH;
  /** graphql-java 26's default validation-time depth limit, kept as the backstop. */
  public static final int VALIDATION_MAX_DEPTH = QueryComplexityLimits.DEFAULT_MAX_DEPTH;
  /**
   * Ignored tokens allowed per grammar token: a pretty-printed document has one or two; each
   * token costs memory whichever channel it is on, so they are bounded by the same budget.
   */
  private static final int IGNORED_TOKENS_PER_TOKEN = 4;

  private ParseLimits() {}

  /** Parser options for operations under {@code limits}, based on graphql-java's operation defaults. */
  public static ParserOptions parserOptions(OperationLimits limits) {
    long ignored = (long) IGNORED_TOKENS_PER_TOKEN * limits.maxTokens();
    return ParserOptions.getDefaultOperationParserOptions().transform(options -> options
        .maxCharacters(limits.maxDocumentBytes())
        .maxTokens(limits.maxTokens())
        .maxWhitespaceTokens((int) Math.min(Integer.MAX_VALUE, ignored))
        .maxRuleDepth(MAX_RULE_DEPTH));
  }

  /**
   * Puts the parser options, and graphql-java 26's validation-time depth and field-count limits
   * (set explicitly so a change of library default cannot loosen them), into a request's context.
   */
  public static void applyTo(GraphQLContext context, OperationLimits limits) {
    context.put(ParserOptions.class, parserOptions(limits));
    context.put(QueryComplexityLimits.KEY, validationLimits());
  }

  /** The same, while the request's context is still being built. */
  public static void applyTo(GraphQLContext.Builder context, OperationLimits limits) {
    context.put(ParserOptions.class, parserOptions(limits));
    context.put(QueryComplexityLimits.KEY, validationLimits());
  }

  private static QueryComplexityLimits validationLimits() {
    return QueryComplexityLimits.newLimits()
        .maxDepth(VALIDATION_MAX_DEPTH)
        .maxFieldsCount(QueryComplexityLimits.DEFAULT_MAX_FIELDS_COUNT)
        .build();
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
