package io.tributary.bootstrap;

import io.tributary.config.EventBridgeConfig;
import io.tributary.datasource.eventbridge.EventBus;
import io.tributary.datasource.eventbridge.InProcessEventBus;
import io.tributary.datasource.eventbridge.SdkEventBus;
import java.net.URI;

/** Opens the event bus the configuration names. */
final class EventBuses {
  private EventBuses() {}

  static EventBus start(EventBridgeConfig config) {
    if (config.mode() == EventBridgeConfig.EventBridgeMode.LOCAL) {
      return new InProcessEventBus(config.localCapacity());
    }
    return SdkEventBus.create(config.region(), config.endpoint() == null ? null : URI.create(config.endpoint()),
        config.credentials(), config.callTimeout());
  }
}
