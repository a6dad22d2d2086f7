package io.tributary.cache;

import graphql.schema.FieldCoordinates;
import io.tributary.composition.FieldOrigin;
import io.tributary.composition.MergedGraph;
import io.tributary.composition.descriptor.CachingDescriptor;
import io.tributary.composition.descriptor.FunctionDescriptor;
import io.tributary.composition.descriptor.ResolverDescriptor;
import io.tributary.composition.source.LoadedSourceApi;
import io.tributary.config.CacheConfig;
import io.tributary.config.CacheConfig.CacheBehavior;
import io.tributary.resolver.FieldResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts the API cache in front of the resolvers the configuration caches, and eviction behind every
 * resolver, without the resolvers knowing: a decorator per field, like the other stages.
 */
public final class CacheLayer {
  private CacheLayer() {}

  /** The resolvers with caching applied; {@code cache} may be null when behavior is NONE. */
  public static Map<FieldCoordinates, FieldResolver> wrap(Map<FieldCoordinates, FieldResolver> resolvers,
      MergedGraph graph, Map<String, LoadedSourceApi> apis, CacheConfig config, ResolverCache cache) {
    if (config.behavior() == CacheBehavior.NONE || cache == null) {
      return resolvers;
    }
    String schemaHash = CacheKeys.hash(graph.sdl()).substring(0, 12);
    Map<String, CacheKeys> cached = new HashMap<>();
    Map<FieldCoordinates, FieldResolver> out = new HashMap<>();
    resolvers.forEach((coordinates, resolver) -> {
      FieldOrigin origin = graph.resolverOwners().get(coordinates);
      LoadedSourceApi api = origin == null ? null : apis.get(origin.api());
      ResolverDescriptor descriptor = api == null ? null
          : api.descriptor().resolvers().get(origin.typeName() + "." + origin.fieldName());
      String coordinate = coordinates.getTypeName() + "." + coordinates.getFieldName();
      FieldResolver wrapped = resolver;
      CachingDescriptor caching = descriptor == null ? null : descriptor.caching();
      boolean fullRequest = config.behavior() == CacheBehavior.FULL_REQUEST_CACHING && caching == null;
      boolean readField = !coordinates.getTypeName().equals("Mutation") && !coordinates.getTypeName().equals("Subscription");
      if (caching != null || (fullRequest && readField)) {
        List<List<String>> paths = new ArrayList<>();
        if (caching != null) {
          caching.keys().forEach(k -> paths.add(CacheKeys.path(k)));
        }
        CacheKeys keys = new CacheKeys(config.keyPrefix(), schemaHash, coordinate, List.copyOf(paths),
            readsIdentity(api, descriptor) || fullRequest);
        Duration ttl = caching != null ? caching.ttl() : config.ttl();
        cached.put(coordinate, keys);
        wrapped = new CachingFieldResolver(resolver, keys, ttl, cache);
      }
      out.put(coordinates, wrapped);
    });
    Map<String, CacheKeys> byCoordinate = Map.copyOf(cached);
    Map<FieldCoordinates, FieldResolver> evicting = new HashMap<>();
    out.forEach((coordinates, resolver) ->
        evicting.put(coordinates, new EvictingFieldResolver(resolver, byCoordinate::get, cache)));
    return evicting;
  }

  /**
   * Whether the resolver's code (or its pipeline functions' code) reads the caller's identity: its
   * answer may then differ per caller, so each caller gets its own entry unless the caching keys
   * name the identity themselves.
   */
  static boolean readsIdentity(LoadedSourceApi api, ResolverDescriptor descriptor) {
    if (api == null || descriptor == null || descriptor.direct()) {
      // a direct Lambda resolver hands the identity to the function
      return true;
    }
    List<Path> files = new ArrayList<>();
    files.add(descriptor.code());
    files.add(descriptor.request());
    files.add(descriptor.response());
    for (String name : descriptor.functions()) {
      FunctionDescriptor function = api.descriptor().functions().get(name);
      if (function != null) {
        files.add(function.code());
        files.add(function.request());
        files.add(function.response());
      }
    }
    for (Path file : files.stream().filter(Objects::nonNull).toList()) {
      try {
        if (Files.readString(api.descriptor().resolve(file)).contains("identity")) {
          return true;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return false;
  }
}
