package io.tributary.scalar;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Coercing for AWS scalars whose wire form is a validated string (dates, e-mail, URL, phone, IP).
 *
 * <p>Input (literals and variables) must be a string that passes the rule; it reaches resolvers
 * unchanged. Output accepts a string that passes the rule, or a Java value the scalar knows how
 * to format (for example a {@code LocalDate} for AWSDate), which is then checked as well.
 */
final class TextScalarCoercing implements Coercing<String, String> {
  private final String scalar;
  private final ScalarRule rule;
  private final Function<Object, Optional<String>> formatter;

  TextScalarCoercing(String scalar, ScalarRule rule, Function<Object, Optional<String>> formatter) {
    this.scalar = scalar;
    this.rule = rule;
    this.formatter = formatter;
  }

  TextScalarCoercing(String scalar, ScalarRule rule) {
    this(scalar, rule, value -> Optional.empty());
  }

  @Override
  public String serialize(Object result, GraphQLContext context, Locale locale) {
    String text = result instanceof String string ? string : formatter.apply(result).orElseThrow(
        () -> new CoercingSerializeException(
            ScalarErrors.invalid(scalar, result, "expected a String but got " + ScalarErrors.kind(result))));
    rule.problem(text).ifPresent(reason -> {
      throw new CoercingSerializeException(ScalarErrors.invalid(scalar, text, reason));
    });
    return text;
  }

  @Override
  public String parseValue(Object input, GraphQLContext context, Locale locale) {
    if (!(input instanceof String text)) {
      throw new CoercingParseValueException(
          ScalarErrors.invalid(scalar, input, "expected a String but got " + ScalarErrors.kind(input)));
    }
    rule.problem(text).ifPresent(reason -> {
      throw new CoercingParseValueException(ScalarErrors.invalid(scalar, text, reason));
    });
    return text;
  }

  @Override
  public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
      Locale locale) {
    if (!(input instanceof StringValue literal)) {
      throw new CoercingParseLiteralException(
          ScalarErrors.invalid(scalar, input, "expected a string literal"));
    }
    String text = literal.getValue();
    rule.problem(text).ifPresent(reason -> {
      throw new CoercingParseLiteralException(ScalarErrors.invalid(scalar, text, reason));
    });
    return text;
  }

  @Override
  public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
    return StringValue.of(serialize(input, context, locale));
  }
}
