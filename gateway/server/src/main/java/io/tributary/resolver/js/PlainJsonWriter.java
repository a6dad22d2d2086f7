package io.tributary.resolver.js;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Writes plain JSON values (Map, Collection, String, Number, Boolean, null) as JSON text, and
 * checks that a resolver context holds nothing else. Lists in the context are written on every
 * read, and this direct walk costs a fraction of a data-binding serializer's type lookups.
 */
final class PlainJsonWriter {

  private static final int MAX_DEPTH = 512;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private PlainJsonWriter() {}

  static void write(Object value, StringBuilder out) {
    write(value, out, 0);
  }

  /**
   * Checks that a value is plain JSON without writing it.
   *
   * @throws IllegalArgumentException naming the first value of another type
   */
  static void requirePlain(Object value) {
    requirePlain(value, 0);
  }

  // Runs on every invocation: exact class checks for the common scalars come first because
  // interface instanceof checks against many map and list classes cost more than the walk itself.
  private static void requirePlain(Object value, int depth) {
    if (value == null || isCommonScalar(value.getClass())) {
      return;
    }
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("nested deeper than " + MAX_DEPTH + " levels (a cycle?)");
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        requirePlain(entry.getValue(), depth + 1);
      }
    } else if (value instanceof List<?> list && value instanceof RandomAccess) {
      for (int i = 0, size = list.size(); i < size; i++) {
        requirePlain(list.get(i), depth + 1);
      }
    } else if (value instanceof Collection<?> items) {
      for (Object item : items) {
        requirePlain(item, depth + 1);
      }
    } else if (!isScalar(value)) {
      throw new IllegalArgumentException("not a plain JSON value: " + value.getClass().getName());
    }
  }

  private static boolean isCommonScalar(Class<?> type) {
    return type == String.class || type == Integer.class || type == Long.class || type == Boolean.class
        || type == Double.class;
  }

  private static boolean isScalar(Object value) {
    return value instanceof CharSequence || value instanceof Character || value instanceof Boolean
        || value instanceof Number;
  }

  static String toJson(Object value) {
    StringBuilder out = new StringBuilder(64);
    write(value, out, 0);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("nested deeper than " + MAX_DEPTH + " levels (a cycle?)");
    }
    if (value == null) {
      out.append("null");
    } else if (value instanceof CharSequence || value instanceof Character) {
      string(value.toString(), out);
    } else if (value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Number number) {
      number(number, out);
    } else if (value instanceof Map<?, ?> map) {
      object(map, out, depth);
    } else if (value instanceof Collection<?> list) {
      array(list, out, depth);
    } else {
      throw new IllegalArgumentException("not a plain JSON value: " + value.getClass().getName());
    }
  }

  static void string(String text, StringBuilder out) {
    out.append('"');
    int runStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, runStart, i);
      escape(c, out);
      runStart = i + 1;
    }
    out.append(text, runStart, text.length()).append('"');
  }

  private static void escape(char c, StringBuilder out) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
    }
  }

  private static void number(Number number, StringBuilder out) {
    if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      out.append(Double.isFinite(d) ? Double.toString(d) : "null");
    } else if (number instanceof BigDecimal || number instanceof BigInteger) {
      out.append(number.toString());
    } else {
      out.append(number.longValue());
    }
  }

  private static void object(Map<?, ?> map, StringBuilder out, int depth) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(String.valueOf(entry.getKey()), out);
      out.append(':');
      write(entry.getValue(), out, depth + 1);
    }
    out.append('}');
  }

  private static void array(Collection<?> list, StringBuilder out, int depth) {
    out.append('[');
    boolean first = true;
    for (Object item : list) {
      if (!first) {
        out.append(',');
      }
      first = false;
      write(item, out, depth + 1);
    }
    out.append(']');
  }
}
