package io.tributary.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Converts (already expanded) scalar text to the component types the binder supports. Every
 * failure is an {@link IllegalArgumentException} whose message is ready to show the operator.
 */
public final class ScalarConverter {
  private static final Set<Class<?>> SCALARS = Set.of(String.class, boolean.class, Boolean.class,
      int.class, Integer.class, long.class, Long.class, double.class, Double.class, Instant.class,
      Duration.class, Path.class);
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern DURATION_PART = Pattern.compile("([0-9]+)(ms|s|m|h|d)");

  private ScalarConverter() {}

  static boolean supports(Class<?> type) {
    return SCALARS.contains(type) || type.isEnum();
  }

  /** How a value of {@code type} is named in "expected ..." messages. */
  static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "a boolean (true or false)";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "an integer";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == Instant.class) {
      return "an ISO-8601 instant such as 2099-12-31T23:59:59Z";
    }
    if (type == Duration.class) {
      return "a duration such as 5s, 500ms, 2m, 1h or PT5S";
    }
    if (type == Path.class) {
      return "a file path";
    }
    return type.isEnum() ? "one of " + allowed(type) : type.getSimpleName();
  }

  static Object convert(String text, Class<?> type) {
    if (type == String.class) {
      return text;
    }
    if (type == boolean.class || type == Boolean.class) {
      return toBoolean(text);
    }
    if (type == int.class || type == Integer.class) {
      return toInt(text);
    }
    if (type == long.class || type == Long.class) {
      return toLong(text);
    }
    if (type == double.class || type == Double.class) {
      return toDouble(text);
    }
    return convertObject(text, type);
  }

  private static Object convertObject(String text, Class<?> type) {
    if (type == Instant.class) {
      return toInstant(text);
    }
    if (type == Duration.class) {
      return toDuration(text);
    }
    if (type == Path.class) {
      return toPath(text);
    }
    if (type.isEnum()) {
      return toEnum(text, type);
    }
    throw new IllegalStateException("unsupported configuration type " + type.getName());
  }

  private static boolean toBoolean(String text) {
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw mismatch(text, boolean.class);
  }

  private static int toInt(String text) {
    long value = toLong(text);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("'" + text + "' is out of range (at most " + Integer.MAX_VALUE + ")");
    }
    return (int) value;
  }

  private static long toLong(String text) {
    String trimmed = text.trim();
    if (!INTEGER.matcher(trimmed).matches()) {
      throw mismatch(text, long.class);
    }
    try {
      return Long.parseLong(trimmed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is out of range for an integer");
    }
  }

  private static double toDouble(String text) {
    try {
      double value = Double.parseDouble(text.trim());
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the expected form
    }
    throw mismatch(text, double.class);
  }

  private static Instant toInstant(String text) {
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw mismatch(text, Instant.class);
    }
  }

  /** ISO-8601 ({@code PT5S}) or unit suffixes, which may be chained: {@code 1h30m}, {@code 500ms}. */
  public static Duration toDuration(String text) {
    String trimmed = text.trim();
    if (trimmed.regionMatches(true, 0, "P", 0, 1)) {
      try {
        return Duration.parse(trimmed);
      } catch (DateTimeParseException e) {
        throw mismatch(text, Duration.class);
      }
    }
    return suffixedDuration(text, trimmed);
  }

  private static Duration suffixedDuration(String original, String text) {
    Matcher part = DURATION_PART.matcher(text);
    Duration total = Duration.ZERO;
    int end = 0;
    while (part.find() && part.start() == end) {
      total = total.plus(unit(Long.parseLong(part.group(1)), part.group(2)));
      end = part.end();
    }
    if (end == 0 || end != text.length()) {
      throw mismatch(original, Duration.class);
    }
    return total;
  }

  private static Duration unit(long amount, String unit) {
    switch (unit) {
      case "ms":
        return Duration.ofMillis(amount);
      case "s":
        return Duration.ofSeconds(amount);
      case "m":
        return Duration.ofMinutes(amount);
      case "h":
        return Duration.ofHours(amount);
      default:
        return Duration.ofDays(amount);
    }
  }

  private static Path toPath(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("expected a file path, got an empty string");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("'" + text + "' is not a valid path: " + e.getReason());
    }
  }

  private static Object toEnum(String text, Class<?> type) {
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equalsIgnoreCase(text.trim())) {
        return constant;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not allowed; expected one of " + allowed(type));
  }

  private static String allowed(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(constant -> ((Enum<?>) constant).name())
        .collect(Collectors.joining(", "));
  }

  private static IllegalArgumentException mismatch(String text, Class<?> type) {
    return new IllegalArgumentException("expected " + expected(type) + ", got '" + text + "'");
  }
}
