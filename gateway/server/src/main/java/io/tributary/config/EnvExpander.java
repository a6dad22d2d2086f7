package io.tributary.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Expands {@code ${env.NAME}} and {@code ${env.NAME:-default}} in scalar text. As in a shell,
 * the default applies when the variable is unset or empty. {@code $${...}} stands for a literal
 * {@code ${...}}; any other {@code $} is kept as is.
 */
public final class EnvExpander {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String PREFIX = "env.";

  private final Map<String, String> env;

  /** @param env the variables to read, usually {@code System.getenv()}; a map for tests */
  public EnvExpander(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /**
   * The outcome of expanding one scalar.
   *
   * @param value the expanded text (references that failed expand to nothing)
   * @param errors one message per reference that could not be expanded
   */
  public record Result(String value, List<String> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /** Expands every reference in {@code text}, collecting every error rather than stopping at one. */
  public Result expand(String text) {
    StringBuilder out = new StringBuilder(text.length());
    List<String> errors = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("$${", i)) {
        out.append("${");
        i += 3;
      } else if (text.startsWith("${", i)) {
        i = expandReference(text, i, out, errors);
      } else {
        out.append(text.charAt(i++));
      }
    }
    return new Result(out.toString(), List.copyOf(errors));
  }

  /** Expands the reference starting at {@code start}; returns the index just after it. */
  private int expandReference(String text, int start, StringBuilder out, List<String> errors) {
    int close = text.indexOf('}', start);
    if (close < 0) {
      errors.add("unterminated reference '" + text.substring(start) + "' (missing '}')");
      return text.length();
    }
    String body = text.substring(start + 2, close);
    String reference = "${" + body + "}";
    if (!body.startsWith(PREFIX)) {
      errors.add("unsupported reference '" + reference
          + "'; only ${env.NAME} and ${env.NAME:-default} are supported (write $$ for a literal $)");
      return close + 1;
    }
    out.append(resolve(body.substring(PREFIX.length()), reference, errors));
    return close + 1;
  }

  private String resolve(String spec, String reference, List<String> errors) {
    int separator = spec.indexOf(":-");
    String name = separator < 0 ? spec : spec.substring(0, separator);
    if (!NAME.matcher(name).matches()) {
      errors.add("invalid environment variable name '" + name + "' in '" + reference + "'");
      return "";
    }
    String value = env.get(name);
    if (separator >= 0) {
      return value == null || value.isEmpty() ? spec.substring(separator + 2) : value;
    }
    if (value == null) {
      errors.add("environment variable " + name + " is not set (write ${env." + name
          + ":-default} to give a default)");
      return "";
    }
    return value;
  }
}
