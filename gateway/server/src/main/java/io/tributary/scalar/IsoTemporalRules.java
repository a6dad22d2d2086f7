package io.tributary.scalar;

import static io.tributary.scalar.ScalarRule.because;
import static io.tributary.scalar.ScalarRule.valid;

import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extended ISO-8601 grammar of AWSDate, AWSTime and AWSDateTime, with range checks.
 *
 * <p>Accepted forms (upper-case {@code T} and {@code Z} only):
 * <ul>
 *   <li>year: four digits with an optional leading {@code -} ({@code 1970}, {@code -2017}), or a
 *       sign followed by 5 to 9 digits ({@code +12345}); this is the range java.time supports,
 *       which is also the range of AWSTimestamp;</li>
 *   <li>date: {@code year-MM-DD}, month 01-12, day valid for the month (leap years counted in
 *       the proleptic Gregorian calendar);</li>
 *   <li>time: {@code hh:mm}, {@code hh:mm:ss} or {@code hh:mm:ss.f} with 1-9 fraction digits;
 *       hour 00-23, minute and second 00-59 (no leap second, no {@code 24:00});</li>
 *   <li>offset: {@code Z} or {@code ±hh:mm} or {@code ±hh:mm:ss}, at most 18 hours.</li>
 * </ul>
 * AWSDate and AWSTime take an optional offset; AWSDateTime requires one.
 */
final class IsoTemporalRules {
  private static final String YEAR = "(?<year>-?\\d{4}|[+-]\\d{5,9})";
  private static final String DATE = YEAR + "-(?<month>\\d{2})-(?<day>\\d{2})";
  private static final String TIME =
      "(?<hour>\\d{2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:\\.(?<fraction>\\d{1,9}))?)?";
  private static final String OFFSET =
      "(?<offset>Z|[+-](?<oh>\\d{2}):(?<om>\\d{2})(?::(?<os>\\d{2}))?)";
  private static final Pattern DATE_FORM = Pattern.compile(DATE + OFFSET + "?");
  private static final Pattern TIME_FORM = Pattern.compile(TIME + OFFSET + "?");
  private static final Pattern DATE_TIME_FORM = Pattern.compile(DATE + "T" + TIME + OFFSET + "?");
  /** Longest legal text is well under this; longer input is rejected before any regex runs. */
  private static final int MAX_LENGTH = 64;
  private static final int MAX_OFFSET_SECONDS = 18 * 3600;

  private IsoTemporalRules() {}

  /** AWSDate: {@code YYYY-MM-DD} with an optional offset. */
  static Optional<String> date(String text) {
    Matcher m = match(DATE_FORM, text);
    if (m == null) {
      return because("expected YYYY-MM-DD, optionally followed by Z or an offset such as +05:30");
    }
    return dateRange(m).or(() -> offsetRange(m));
  }

  /** AWSTime: {@code hh:mm[:ss[.fffffffff]]} with an optional offset. */
  static Optional<String> time(String text) {
    Matcher m = match(TIME_FORM, text);
    if (m == null) {
      return because("expected hh:mm, hh:mm:ss or hh:mm:ss.sss, optionally followed by Z or an offset"
          + " such as -07:00");
    }
    return timeRange(m).or(() -> offsetRange(m));
  }

  /** AWSDateTime: {@code YYYY-MM-DDThh:mm[:ss[.fffffffff]]} followed by a mandatory offset. */
  static Optional<String> dateTime(String text) {
    Matcher m = match(DATE_TIME_FORM, text);
    if (m == null) {
      return because("expected YYYY-MM-DDThh:mm:ss.sssZ or an offset instead of Z, such as"
          + " 1970-01-01T12:00:00+05:30");
    }
    if (m.group("offset") == null) {
      return because("an offset such as Z or +01:00 is required");
    }
    return dateRange(m).or(() -> timeRange(m)).or(() -> offsetRange(m));
  }

  private static Matcher match(Pattern pattern, String text) {
    if (text.length() > MAX_LENGTH) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    return m.matches() ? m : null;
  }

  private static Optional<String> dateRange(Matcher m) {
    int year = Integer.parseInt(m.group("year"));
    int month = Integer.parseInt(m.group("month"));
    int day = Integer.parseInt(m.group("day"));
    if (month < 1 || month > 12) {
      return because("month must be 01-12");
    }
    int lastDay = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > lastDay) {
      String leap = month == 2 && !Year.isLeap(year) ? ", " + year + " is not a leap year" : "";
      return because("day must be 01-" + lastDay + " in month " + m.group("month") + leap);
    }
    return valid();
  }

  private static Optional<String> timeRange(Matcher m) {
    if (Integer.parseInt(m.group("hour")) > 23) {
      return because("hour must be 00-23");
    }
    if (Integer.parseInt(m.group("minute")) > 59) {
      return because("minute must be 00-59");
    }
    String second = m.group("second");
    if (second != null && Integer.parseInt(second) > 59) {
      return because("second must be 00-59");
    }
    return valid();
  }

  private static Optional<String> offsetRange(Matcher m) {
    String hours = m.group("oh");
    if (hours == null) {
      return valid();
    }
    int minutes = Integer.parseInt(m.group("om"));
    String secondsText = m.group("os");
    int seconds = secondsText == null ? 0 : Integer.parseInt(secondsText);
    if (minutes > 59 || seconds > 59) {
      return because("offset minutes and seconds must be 00-59");
    }
    if (Integer.parseInt(hours) * 3600 + minutes * 60 + seconds > MAX_OFFSET_SECONDS) {
      return because("offset must be between -18:00 and +18:00");
    }
    return valid();
  }
}
