package io.tributary.scalar;

import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The nine AWS AppSync scalars as graphql-java scalar types.
 *
 * <p>Every schema built by the gateway wires all of them (AppSync predefines them; users cannot
 * add their own). A bad literal or variable fails with graphql-java's
 * {@code CoercingParseLiteralException}/{@code CoercingParseValueException} whose message reads
 * {@code Invalid <Scalar> value: '<value>' (<reason>)}; a bad resolver result fails with
 * {@code CoercingSerializeException} in the same words. The accepted grammar of each scalar is
 * documented on its rule class ({@code IsoTemporalRules}, {@code EmailRule}, {@code UrlRule},
 * {@code PhoneRule}, {@code IpAddressRule}, {@code JsonCoercing}, {@code TimestampCoercing}).
 */
public final class AwsScalars {
  public static final GraphQLScalarType AWS_DATE = text("AWSDate",
      "A calendar date, extended ISO-8601 YYYY-MM-DD, with an optional offset (Z or ±hh:mm[:ss]).",
      IsoTemporalRules::date, value -> value instanceof LocalDate date
          ? Optional.of(date.toString()) : Optional.empty());
  public static final GraphQLScalarType AWS_TIME = text("AWSTime",
      "A time of day, extended ISO-8601 hh:mm[:ss[.fffffffff]], with an optional offset.",
      IsoTemporalRules::time, AwsScalars::formatTime);
  public static final GraphQLScalarType AWS_DATE_TIME = text("AWSDateTime",
      "A date and time, extended ISO-8601 YYYY-MM-DDThh:mm[:ss[.fffffffff]], with a required offset.",
      IsoTemporalRules::dateTime, AwsScalars::formatDateTime);
  public static final GraphQLScalarType AWS_TIMESTAMP = scalar(TimestampCoercing.NAME,
      "Whole seconds before or after 1970-01-01T00:00Z, written as a number.",
      new TimestampCoercing());
  public static final GraphQLScalarType AWS_EMAIL = text("AWSEmail",
      "An e-mail address, local-part@domain.", new EmailRule(), value -> Optional.empty());
  public static final GraphQLScalarType AWS_JSON = scalar(JsonCoercing.NAME,
      "JSON text; resolvers receive it parsed, results are written back as JSON text.",
      new JsonCoercing());
  public static final GraphQLScalarType AWS_URL = text("AWSURL",
      "An absolute URL with a scheme, such as https://example.com/path.", new UrlRule(),
      value -> Optional.empty());
  public static final GraphQLScalarType AWS_PHONE = text("AWSPhone",
      "A phone number; without a leading + and country code it is read as a North American number.",
      new PhoneRule(), value -> Optional.empty());
  public static final GraphQLScalarType AWS_IP_ADDRESS = text("AWSIPAddress",
      "An IPv4 or IPv6 address, optionally with a CIDR prefix length such as /24.",
      new IpAddressRule(), value -> Optional.empty());

  private static final List<GraphQLScalarType> ALL = List.of(AWS_DATE, AWS_TIME, AWS_DATE_TIME,
      AWS_TIMESTAMP, AWS_EMAIL, AWS_JSON, AWS_URL, AWS_PHONE, AWS_IP_ADDRESS);
  private static final Map<String, GraphQLScalarType> BY_NAME = ALL.stream()
      .collect(Collectors.toUnmodifiableMap(GraphQLScalarType::getName, Function.identity()));

  private AwsScalars() {}

  /** All nine scalars, in a fixed order. */
  public static List<GraphQLScalarType> all() {
    return ALL;
  }

  /**
   * The scalar with this name ({@code "AWSDateTime"}, ...).
   *
   * @throws IllegalArgumentException if {@code name} is not an AWS scalar
   */
  public static GraphQLScalarType byName(String name) {
    GraphQLScalarType scalar = BY_NAME.get(name);
    if (scalar == null) {
      throw new IllegalArgumentException("Not an AWS scalar: " + name + "; known: " + BY_NAME.keySet());
    }
    return scalar;
  }

  /** Whether {@code name} is one of the nine AWS scalar names. */
  public static boolean isAwsScalar(String name) {
    return BY_NAME.containsKey(name);
  }

  private static GraphQLScalarType text(String name, String description, ScalarRule rule,
      Function<Object, Optional<String>> formatter) {
    return scalar(name, description, new TextScalarCoercing(name, rule, formatter));
  }

  private static GraphQLScalarType scalar(String name, String description, Coercing<?, ?> coercing) {
    return GraphQLScalarType.newScalar()
        .name(name)
        .description(description)
        .coercing(coercing)
        .build();
  }

  private static Optional<String> formatTime(Object value) {
    if (value instanceof LocalTime time) {
      return Optional.of(time.toString());
    }
    if (value instanceof OffsetTime time) {
      return Optional.of(time.toString());
    }
    return Optional.empty();
  }

  private static Optional<String> formatDateTime(Object value) {
    if (value instanceof OffsetDateTime dateTime) {
      return Optional.of(dateTime.toString());
    }
    if (value instanceof ZonedDateTime dateTime) {
      return Optional.of(dateTime.toOffsetDateTime().toString());
    }
    if (value instanceof Instant instant) {
      return Optional.of(instant.atOffset(ZoneOffset.UTC).toString());
    }
    return Optional.empty();
  }
}
