package io.tributary.resolver.js;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The host functions behind {@code util.*}, the only Java resolver code can reach, and only
 * through the shim. Each is a stateless {@link ProxyExecutable}; a failure is returned as a
 * {@code {message}} object that the shim rethrows as a JS error, so no Java exception or stack
 * trace ever reaches resolver code.
 */
final class HostBridge implements ProxyObject {

  private static final int MAX_CACHED_PATTERNS = 256;

  private final Map<String, ProxyExecutable> functions;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();
  private final long regexBudgetNanos;

  HostBridge(long timeoutMillis) {
    this.regexBudgetNanos = timeoutMillis * 1_000_000L;
    this.functions = Map.ofEntries(
        entry("autoId", args -> ResolverIds.uuid()),
        entry("autoUlid", args -> ResolverIds.ulid(System.currentTimeMillis())),
        entry("autoKsuid", args -> ResolverIds.ksuid(System.currentTimeMillis())),
        entry("nowISO8601", args -> ResolverTime.iso8601(System.currentTimeMillis())),
        entry("nowEpochSeconds", args -> System.currentTimeMillis() / 1000),
        entry("nowEpochMilliSeconds", args -> System.currentTimeMillis()),
        entry("nowFormatted", args -> ResolverTime.format(
            System.currentTimeMillis(), string(args, 0), optionalString(args, 1))),
        entry("parseFormattedToEpochMilliSeconds", args -> ResolverTime.parseFormatted(
            string(args, 0), string(args, 1), optionalString(args, 2))),
        entry("parseISO8601ToEpochMilliSeconds", args -> ResolverTime.parseIso8601(string(args, 0))),
        entry("epochMilliSecondsToISO8601", args -> ResolverTime.iso8601(number(args, 0))),
        entry("epochMilliSecondsToFormatted", args -> ResolverTime.format(
            number(args, 0), string(args, 1), optionalString(args, 2))),
        entry("matches", args -> matches(string(args, 0), string(args, 1))),
        entry("base64Encode", args -> Base64.getEncoder()
            .encodeToString(string(args, 0).getBytes(StandardCharsets.UTF_8))),
        entry("base64Decode", args -> new String(
            Base64.getDecoder().decode(string(args, 0)), StandardCharsets.UTF_8)));
  }

  @Override
  public Object getMember(String key) {
    return functions.get(key);
  }

  @Override
  public Object getMemberKeys() {
    return functions.keySet().toArray(new String[0]);
  }

  @Override
  public boolean hasMember(String key) {
    return functions.containsKey(key);
  }

  @Override
  public void putMember(String key, Value value) {
    throw new UnsupportedOperationException("the host bridge is read-only");
  }

  private boolean matches(String regex, String input) {
    Pattern pattern = patterns.get(regex);
    if (pattern == null) {
      pattern = Pattern.compile(regex);
      if (patterns.size() >= MAX_CACHED_PATTERNS) {
        patterns.clear();
      }
      patterns.put(regex, pattern);
    }
    return pattern.matcher(new DeadlineCharSequence(input, System.nanoTime() + regexBudgetNanos))
        .matches();
  }

  private static Map.Entry<String, ProxyExecutable> entry(String name, Function<Value[], Object> body) {
    ProxyExecutable guarded = args -> {
      try {
        return body.apply(args);
      } catch (RuntimeException e) {
        return new HostFailure("util." + name + ": " + describe(e));
      }
    };
    return Map.entry(name, guarded);
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String string(Value[] args, int index) {
    if (index >= args.length || !args[index].isString()) {
      throw new IllegalArgumentException("argument " + (index + 1) + " must be a string");
    }
    return args[index].asString();
  }

  private static String optionalString(Value[] args, int index) {
    return index >= args.length || args[index].isNull() ? null : string(args, index);
  }

  private static long number(Value[] args, int index) {
    if (index >= args.length || !args[index].isNumber()) {
      throw new IllegalArgumentException("argument " + (index + 1) + " must be a number");
    }
    Value value = args[index];
    return value.fitsInLong() ? value.asLong() : (long) value.asDouble();
  }

  /** A failed host call, seen by the shim as an object with a {@code message}. */
  private record HostFailure(String message) implements ProxyObject {

    @Override
    public Object getMember(String key) {
      return "message".equals(key) ? message : null;
    }

    @Override
    public Object getMemberKeys() {
      return new String[] {"message"};
    }

    @Override
    public boolean hasMember(String key) {
      return "message".equals(key);
    }

    @Override
    public void putMember(String key, Value value) {
      throw new UnsupportedOperationException("read-only");
    }
  }
}
