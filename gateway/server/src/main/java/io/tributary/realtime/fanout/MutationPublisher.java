package io.tributary.realtime.fanout;

import io.tributary.execution.MutationOutcome;
import io.tributary.execution.OperationObserver;
import io.tributary.http.JsonCodec;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes each successful mutation's result (as the mutation selected it, which is what AppSync
 * sends) to every subscription field listing that mutation, and forwards
 * {@code extensions.invalidateSubscriptions} requests. A null result publishes nothing.
 *
 * <p>Subscribers on this node get the event directly, then the bus carries it to the other nodes
 * (which skip their own echo). So a bus outage never loses local delivery, and never fails the
 * mutation: it is logged.
 */
final class MutationPublisher implements OperationObserver {
  private static final Logger LOG = Logger.getLogger(MutationPublisher.class.getName());

  private final Registries registries;
  private final SubscribeTargets targets;

  MutationPublisher(Registries registries, SubscribeTargets targets) {
    this.registries = registries;
    this.targets = targets;
  }

  @Override
  public void mutationCompleted(List<MutationOutcome> outcomes) {
    for (MutationOutcome outcome : outcomes) {
      publishResult(outcome);
      for (Map<String, Object> invalidation : outcome.invalidations()) {
        publishInvalidation(invalidation);
      }
    }
  }

  private void publishResult(MutationOutcome outcome) {
    List<String> fields = targets.forMutation(outcome.fieldName());
    if (outcome.data() == null || fields.isEmpty()) {
      return;
    }
    Buffer json = Buffer.buffer(JsonCodec.write(outcome.data()));
    for (String field : fields) {
      for (LocalRegistry registry : registries.all()) {
        registry.context().runOnContext(v -> registry.deliver(field, outcome.data()));
      }
      send(Topics.events(field), json);
    }
  }

  @SuppressWarnings("unchecked")
  private void publishInvalidation(Map<String, Object> invalidation) {
    if (!(invalidation.get("subscriptionField") instanceof String field)) {
      return;
    }
    Object payload = invalidation.get("payload");
    Map<String, Object> body = payload instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    for (LocalRegistry registry : registries.all()) {
      registry.context().runOnContext(v -> registry.invalidate(field, body));
    }
    send(Topics.invalidations(field), Buffer.buffer(JsonCodec.write(body)));
  }

  private void send(String topic, Buffer json) {
    registries.bus().publish(topic, BusMessage.encode(registries.node(), json)).onFailure(e -> LOG.log(Level.WARNING,
        "could not publish to " + topic + "; subscribers on other nodes miss this event: " + e.getMessage()));
  }
}
