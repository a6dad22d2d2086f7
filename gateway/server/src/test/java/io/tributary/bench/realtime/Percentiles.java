package io.tributary.bench.realtime;

import java.util.Arrays;
import java.util.Locale;

/** Nearest-rank percentiles of a set of nanosecond samples, printed in milliseconds. */
final class Percentiles {
  private final long[] sorted;

  Percentiles(long[] samples, int count) {
    this.sorted = Arrays.copyOf(samples, count);
    Arrays.sort(sorted);
  }

  int count() {
    return sorted.length;
  }

  double millis(double percentile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  double maxMillis() {
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
  }

  /** One line: {@code name n=.. p50=.. p90=.. p99=.. p99.9=.. max=..} (ms). */
  String summary(String name) {
    return String.format(Locale.ROOT, "%s n=%d p50=%.2f p90=%.2f p99=%.2f p99.9=%.2f max=%.2f ms", name, count(),
        millis(50), millis(90), millis(99), millis(99.9), maxMillis());
  }
}
