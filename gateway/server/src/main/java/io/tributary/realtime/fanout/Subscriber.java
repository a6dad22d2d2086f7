package io.tributary.realtime.fanout;

import io.tributary.realtime.SubscriptionSink;
import io.tributary.realtime.filter.EventFilter;
import io.tributary.realtime.filter.InvalidationFilter;
import java.util.Map;

/**
 * One live subscription as the fan-out sees it. Identity equality on purpose: two clients with the
 * same document and arguments are still two subscribers.
 */
final class Subscriber {
  final String field;
  final SubscriptionSink sink;
  final Projection projection;
  final Map<String, Object> variables;
  final EventFilter eventFilter;
  final InvalidationFilter invalidationFilter;

  Subscriber(String field, SubscriptionSink sink, Projection projection, Map<String, Object> variables,
      EventFilter eventFilter, InvalidationFilter invalidationFilter) {
    this.field = field;
    this.sink = sink;
    this.projection = projection;
    this.variables = variables;
    this.eventFilter = eventFilter;
    this.invalidationFilter = invalidationFilter;
  }

  /** Subscribers rendering identically share one serialized payload per event. */
  Object renderKey() {
    return projection.usesVariables() ? Map.entry(projection, variables) : projection;
  }
}
