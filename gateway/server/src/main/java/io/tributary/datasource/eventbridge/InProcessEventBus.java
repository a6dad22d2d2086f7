package io.tributary.datasource.eventbridge;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The embedded default's event bus: every event is logged and the newest {@code capacity} are kept
 * so a developer (or a test) can read them back at {@code GET /local-events}. Nothing leaves the
 * process; no AWS account is needed.
 */
public final class InProcessEventBus implements EventBus {
  private static final Logger LOG = Logger.getLogger(InProcessEventBus.class.getName());

  private final int capacity;
  private final Deque<Map<String, Object>> recent = new ArrayDeque<>();

  public InProcessEventBus(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public synchronized Future<List<Result>> putEvents(List<Entry> entries) {
    List<Result> results = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      String id = UUID.randomUUID().toString();
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("id", id);
      event.put("eventBusName", entry.eventBusName());
      event.put("source", entry.source());
      event.put("detailType", entry.detailType());
      event.put("detail", entry.detail());
      event.put("resources", entry.resources());
      event.put("time", entry.time() != null ? entry.time() : Instant.now().toString());
      recent.addLast(event);
      if (recent.size() > capacity) {
        recent.removeFirst();
      }
      LOG.info("event " + id + " on " + entry.eventBusName() + ": " + entry.source() + " / " + entry.detailType());
      results.add(new Result(id, null, null));
    }
    return Future.succeededFuture(results);
  }

  /** The newest events, oldest first. */
  public synchronized List<Map<String, Object>> recent() {
    return List.copyOf(recent);
  }

  @Override
  public String describe() {
    return "in-process event bus";
  }
}
