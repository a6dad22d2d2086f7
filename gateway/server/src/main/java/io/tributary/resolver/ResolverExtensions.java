package io.tributary.resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code extensions.*} calls a resolver made: subscription filters (subscription resolvers),
 * invalidations (mutation resolvers) and API cache evictions. Accumulated across the handlers of
 * one resolver; a later filter replaces an earlier one, as in AppSync.
 */
public record ResolverExtensions(
    Object subscriptionFilter,
    Object subscriptionInvalidationFilter,
    List<Map<String, Object>> invalidations,
    List<Map<String, Object>> cacheEvictions) {

  public static final ResolverExtensions NONE = new ResolverExtensions(null, null, List.of(), List.of());

  public boolean isEmpty() {
    return subscriptionFilter == null
        && subscriptionInvalidationFilter == null
        && invalidations.isEmpty()
        && cacheEvictions.isEmpty();
  }

  /** This resolver's calls followed by {@code later}'s; later filters win. */
  public ResolverExtensions plus(ResolverExtensions later) {
    if (later == null || later.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return later;
    }
    return new ResolverExtensions(
        later.subscriptionFilter != null ? later.subscriptionFilter : subscriptionFilter,
        later.subscriptionInvalidationFilter != null
            ? later.subscriptionInvalidationFilter
            : subscriptionInvalidationFilter,
        concat(invalidations, later.invalidations),
        concat(cacheEvictions, later.cacheEvictions));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
