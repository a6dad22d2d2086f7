package io.tributary.bench.realtime;

import java.util.HashMap;
import java.util.Map;

/** {@code key=value} command-line arguments of the real-time benchmarks; unknown keys are an error. */
final class BenchArgs {
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, String> unread = new HashMap<>();

  BenchArgs(String[] args) {
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("expected key=value, got '" + arg + "'");
      }
      values.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    unread.putAll(values);
  }

  String string(String key, String fallback) {
    unread.remove(key);
    return values.getOrDefault(key, fallback);
  }

  int integer(String key, int fallback) {
    String value = string(key, null);
    return value == null ? fallback : Integer.parseInt(value);
  }

  /** Call after reading every key, so a mistyped key fails instead of silently using a default. */
  void requireAllRead() {
    if (!unread.isEmpty()) {
      throw new IllegalArgumentException("unknown arguments: " + unread.keySet());
    }
  }
}
