package io.tributary.datasource.eventbridge;

import io.tributary.http.JsonCodec;
import io.vertx.ext.web.Router;
import java.util.Map;
import java.util.function.Consumer;

/** {@code GET /local-events}: the in-process bus's newest events, oldest first (development only). */
public final class LocalEventsRoutes implements Consumer<Router> {
  public static final String PATH = "/local-events";

  private final InProcessEventBus bus;

  public LocalEventsRoutes(InProcessEventBus bus) {
    this.bus = bus;
  }

  @Override
  public void accept(Router router) {
    router.get(PATH).handler(rc -> rc.response().putHeader("content-type", "application/json")
        .end(JsonCodec.writeString(Map.of("events", bus.recent()))));
  }
}
