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
    var credentials = config.credentials();
    return SdkEventBus.create(config.region(), config.endpoint() == null ? null : URI.create(config.endpoint()),
        credentials == null ? null : credentials.accessKeyId(), credentials == null ? null : credentials.secretAccessKey(),
        credentials == null ? null : credentials.sessionToken(), config.callTimeout());
  }
}
