package io.tributary.realtime;

/** A registered subscription; the connection cancels it on stop/complete or when it closes. */
public interface LiveSubscription {

  /** Stops delivery and releases the registration. Idempotent. */
  void cancel();
}
