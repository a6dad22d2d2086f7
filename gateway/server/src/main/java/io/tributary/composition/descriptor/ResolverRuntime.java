package io.tributary.composition.descriptor;

/** Resolver code runtimes, named as AppSync names them. */
public enum ResolverRuntime {
  /** JavaScript with {@code request(ctx)} / {@code response(ctx)} exports. */
  APPSYNC_JS,
  /** Velocity request and response mapping templates. */
  VTL
}
