package io.tributary.composition.descriptor;

/** AppSync resolver kinds. */
public enum ResolverKind {
  /** One data source, one request/response pair. */
  UNIT,
  /** A sequence of functions, each with its own data source, wrapped by before/after handlers. */
  PIPELINE
}
