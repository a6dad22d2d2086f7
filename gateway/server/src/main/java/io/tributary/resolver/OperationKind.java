package io.tributary.resolver;

/** The kind of operation a resolver runs in; some {@code extensions.*} calls depend on it. */
public enum OperationKind {
  QUERY,
  MUTATION,
  SUBSCRIPTION
}
