package io.tributary.execution;

import java.util.List;

/**
 * Learns about finished operations: the real-time layer publishes mutation results through it.
 * Called on the operation's event loop after the response is complete; no-op by default.
 */
public interface OperationObserver {
  OperationObserver NONE = outcomes -> {};

  /** The root fields of a finished mutation operation, in execution order. */
  void mutationCompleted(List<MutationOutcome> outcomes);
}
