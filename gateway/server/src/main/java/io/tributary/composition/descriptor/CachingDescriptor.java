package io.tributary.composition.descriptor;

import io.tributary.config.ConfigChecks;
import io.tributary.config.ConfigProblem;
import io.tributary.config.ConfigValidation;
import io.tributary.config.Required;
import java.time.Duration;
import java.util.List;

/**
 * Per-resolver caching, as AppSync's {@code cachingConfig}.
 *
 * @param ttl how long a cached result lives, 1 s..3600 s (AppSync's range)
 * @param keys context paths that make up the cache key besides the arguments, e.g.
 *     {@code $context.identity.sub} or {@code $ctx.arguments.id}
 */
public record CachingDescriptor(@Required Duration ttl, List<String> keys) implements ConfigValidation {

  public static CachingDescriptor defaults() {
    return new CachingDescriptor(null, List.of());
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    ConfigChecks checks = new ConfigChecks(path)
        .require(ttl.compareTo(Duration.ofSeconds(1)) >= 0 && ttl.compareTo(Duration.ofHours(1)) <= 0, "ttl",
            "must be between 1s and 3600s, got " + ttl)
        .unique("keys", keys, key -> key, "caching key");
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      checks.require(key.startsWith("$context.") || key.startsWith("$ctx."), "keys[" + i + "]",
          "must start with $context. or $ctx., got '" + key + "'");
    }
    return checks.problems();
  }
}
