package io.tributary.cache;

import io.tributary.auth.Identity;
import io.tributary.http.JsonCodec;
import io.tributary.resolver.ResolverContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How one cached resolver's entries are named. The key is the prefix, the merged schema's hash (a
 * schema change never serves an old shape), the field, and a hash of the caching-key values in
 * declared order; the scope within the key is the caller's auth mode, plus the caller itself when
 * the resolver depends on identity and its caching keys do not already name it.
 *
 * @param coordinate {@code Type.field}
 * @param paths the caching keys, normalised to {@code args.x}, {@code source.x}, {@code identity.x}
 *     (empty: the whole arguments and source)
 * @param perCaller whether the caller's principal joins the scope
 */
public record CacheKeys(String prefix, String schemaHash, String coordinate, List<List<String>> paths,
    boolean perCaller) {

  /**
   * Parses AppSync's caching-key spellings: {@code $context.arguments.id}, {@code $ctx.args.id},
   * {@code ctx.args.id}, {@code context.source.id}, {@code $context.identity.sub}.
   */
  public static List<String> path(String expression) {
    String text = expression.trim();
    if (text.startsWith("$")) {
      text = text.substring(1);
    }
    String[] parts = text.split("\\.");
    if (parts.length < 2 || !(parts[0].equals("context") || parts[0].equals("ctx"))) {
      throw new IllegalArgumentException("caching key '" + expression + "' must start with $context. or $ctx.");
    }
    String root = switch (parts[1].toLowerCase(Locale.ROOT)) {
      case "arguments", "args" -> "args";
      case "source" -> "source";
      case "identity" -> "identity";
      default -> throw new IllegalArgumentException(
          "caching key '" + expression + "' must read arguments, source or identity");
    };
    List<String> path = new ArrayList<>();
    path.add(root);
    for (int i = 2; i < parts.length; i++) {
      path.add(parts[i]);
    }
    return List.copyOf(path);
  }

  /** Whether a caching key names the caller. */
  public boolean namesIdentity() {
    return paths.stream().anyMatch(p -> p.get(0).equals("identity"));
  }

  /** The key of the entry {@code ctx} reads. */
  public String keyFor(ResolverContext ctx) {
    List<Object> values = new ArrayList<>(Math.max(2, paths.size()));
    if (paths.isEmpty()) {
      values.add(ctx.arguments());
      values.add(ctx.source());
    } else {
      for (List<String> path : paths) {
        values.add(read(ctx, path));
      }
    }
    return key(values);
  }

  /**
   * The key an {@code extensions.evictFromApiCache(type, field, {path: value})} call names, or null
   * when the call does not give a value for every caching key.
   */
  public String keyForEviction(Map<?, ?> given) {
    if (paths.isEmpty()) {
      return null;
    }
    Map<List<String>, Object> byPath = new java.util.HashMap<>();
    for (Map.Entry<?, ?> entry : given.entrySet()) {
      try {
        byPath.put(path(String.valueOf(entry.getKey())), entry.getValue());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    List<Object> values = new ArrayList<>();
    for (List<String> path : paths) {
      if (!byPath.containsKey(path)) {
        return null;
      }
      values.add(byPath.get(path));
    }
    return key(values);
  }

  /** The caller's part of the entry: the mode, and the principal where the resolver depends on it. */
  public String scopeFor(Identity identity) {
    if (identity == null) {
      return "-";
    }
    String mode = identity.mode().name();
    if (!perCaller || namesIdentity()) {
      return identity.deniedFields().isEmpty() ? mode : mode + ":" + hash(identity.deniedFields().toString());
    }
    return mode + ":" + hash(String.valueOf(identity.principal()));
  }

  private String key(List<Object> values) {
    return prefix + schemaHash + ":" + coordinate + ":" + hash(new String(JsonCodec.write(values), StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static Object read(ResolverContext ctx, List<String> path) {
    Object at = switch (path.get(0)) {
      case "args" -> ctx.arguments();
      case "source" -> ctx.source();
      default -> ctx.identity();
    };
    for (int i = 1; i < path.size() && at != null; i++) {
      at = at instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(path.get(i)) : null;
    }
    return at;
  }

  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
