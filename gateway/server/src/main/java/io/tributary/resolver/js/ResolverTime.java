package io.tributary.resolver.js;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code util.time.*}: Java {@link DateTimeFormatter} patterns, UTC unless a zone is given. */
final class ResolverTime {

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final int MAX_CACHED_PATTERNS = 256;
  private static final Map<String, DateTimeFormatter> PATTERNS = new ConcurrentHashMap<>();

  private ResolverTime() {}

  static String iso8601(long epochMillis) {
    return ISO_MILLIS.format(Instant.ofEpochMilli(epochMillis));
  }

  static String format(long epochMillis, String pattern, String zone) {
    return formatter(pattern).withZone(zone(zone)).format(Instant.ofEpochMilli(epochMillis));
  }

  static long parseFormatted(String text, String pattern, String zone) {
    return toEpochMillis(formatter(pattern).parse(text), zone(zone));
  }

  static long parseIso8601(String text) {
    return toEpochMillis(DateTimeFormatter.ISO_DATE_TIME.parse(text), ZoneOffset.UTC);
  }

  // Patterns without a time or zone are still valid: midnight in the given zone is meant.
  private static long toEpochMillis(TemporalAccessor parsed, ZoneId fallbackZone) {
    LocalDate date = parsed.query(TemporalQueries.localDate());
    if (date == null) {
      throw new IllegalArgumentException("the pattern does not contain a date");
    }
    LocalTime time = parsed.query(TemporalQueries.localTime());
    ZoneId zone = parsed.query(TemporalQueries.zone());
    return date.atTime(time == null ? LocalTime.MIDNIGHT : time)
        .atZone(zone == null ? fallbackZone : zone)
        .toInstant()
        .toEpochMilli();
  }

  private static ZoneId zone(String zone) {
    return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
  }

  private static DateTimeFormatter formatter(String pattern) {
    DateTimeFormatter cached = PATTERNS.get(pattern);
    if (cached != null) {
      return cached;
    }
    DateTimeFormatter created = DateTimeFormatter.ofPattern(pattern);
    if (PATTERNS.size() >= MAX_CACHED_PATTERNS) {
      PATTERNS.clear();
    }
    PATTERNS.put(pattern, created);
    return created;
  }
}
