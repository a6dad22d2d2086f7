package io.tributary.scalar;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * AWSTimestamp: whole seconds since the epoch, negative allowed, as a JSON number on the wire.
 *
 * <p>The range is that of {@link Instant}: {@value #MIN} to {@value #MAX}. Input must be an
 * integer literal or a numeric variable without a fractional part (strings are refused, as for
 * GraphQL's Int). Output additionally accepts an {@link Instant} and a string of decimal digits
 * (DynamoDB hands numbers back as text in some paths).
 */
final class TimestampCoercing implements Coercing<Long, Long> {
  static final String NAME = "AWSTimestamp";
  static final long MIN = -31557014167219200L;
  static final long MAX = 31556889864403199L;

  @Override
  public Long serialize(Object result, GraphQLContext context, Locale locale) {
    if (result instanceof Instant instant) {
      return inRange(BigInteger.valueOf(instant.getEpochSecond()), result, CoercingSerializeException::new);
    }
    Object number = result instanceof String text ? decimal(text) : result;
    return seconds(number, result, CoercingSerializeException::new);
  }

  @Override
  public Long parseValue(Object input, GraphQLContext context, Locale locale) {
    return seconds(input, input, CoercingParseValueException::new);
  }

  @Override
  public Long parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
      Locale locale) {
    if (!(input instanceof IntValue literal)) {
      throw new CoercingParseLiteralException(
          ScalarErrors.invalid(NAME, input, "expected an integer number of seconds"));
    }
    return inRange(literal.getValue(), input, CoercingParseLiteralException::new);
  }

  @Override
  public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
    return new IntValue(BigInteger.valueOf(serialize(input, context, locale)));
  }

  private static Object decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static <E extends RuntimeException> Long seconds(Object number, Object shown,
      Function<String, E> failure) {
    BigInteger whole = wholeNumber(number).orElseThrow(() -> failure.apply(
        ScalarErrors.invalid(NAME, shown, "expected a whole number of seconds")));
    return inRange(whole, shown, failure);
  }

  private static Optional<BigInteger> wholeNumber(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return Optional.of(BigInteger.valueOf(((Number) value).longValue()));
    }
    if (value instanceof BigInteger big) {
      return Optional.of(big);
    }
    BigDecimal decimal = asDecimal(value);
    if (decimal == null || decimal.stripTrailingZeros().scale() > 0) {
      return Optional.empty();
    }
    return Optional.of(decimal.toBigInteger());
  }

  private static BigDecimal asDecimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    boolean floating = value instanceof Double || value instanceof Float;
    if (!floating || !Double.isFinite(((Number) value).doubleValue())) {
      return null;
    }
    return BigDecimal.valueOf(((Number) value).doubleValue());
  }

  private static <E extends RuntimeException> Long inRange(BigInteger value, Object shown,
      Function<String, E> failure) {
    if (value.compareTo(BigInteger.valueOf(MIN)) < 0 || value.compareTo(BigInteger.valueOf(MAX)) > 0) {
      throw failure.apply(ScalarErrors.invalid(NAME, shown, "must be between " + MIN + " and " + MAX));
    }
    return value.longValue();
  }
}
