package io.tributary.config;

import java.util.regex.Pattern;

/**
 * Builds the paths problems are reported at: {@code a.b}, {@code a[2]}, and {@code a."Query.x"}
 * for map keys that are not plain names.
 */
public final class ConfigPaths {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private ConfigPaths() {}

  /** The path of a record component or plain key below {@code parent}. */
  public static String child(String parent, String name) {
    if (name == null || name.isEmpty()) {
      return parent;
    }
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /** The path of a list element. */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** The path of a map entry; keys that are not plain names are quoted. */
  public static String key(String parent, String key) {
    if (PLAIN_KEY.matcher(key).matches()) {
      return child(parent, key);
    }
    String quoted = "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return child(parent, quoted);
  }

  /** The enclosing path, {@code ""} for a top-level name. */
  public static String parent(String path) {
    if (path.endsWith("]")) {
      return path.substring(0, path.lastIndexOf('['));
    }
    if (path.endsWith("\"")) {
      return beforeQuotedKey(path);
    }
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  private static String beforeQuotedKey(String path) {
    int i = path.length() - 2;
    while (i >= 0 && !(path.charAt(i) == '"' && (i == 0 || path.charAt(i - 1) != '\\'))) {
      i--;
    }
    if (i <= 0) {
      return "";
    }
    return path.substring(0, i - 1);
  }
}
