package io.tributary.realtime.fanout;

/**
 * Bus topic names. One topic per subscription field, so a node listens only to the fields its
 * clients watch and the bus's reference counting maps straight onto subscriptions.
 */
final class Topics {
  private Topics() {}

  static String events(String subscriptionField) {
    return "event:" + subscriptionField;
  }

  static String invalidations(String subscriptionField) {
    return "invalidate:" + subscriptionField;
  }
}
