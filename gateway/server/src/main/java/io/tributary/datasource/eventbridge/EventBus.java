package io.tributary.datasource.eventbridge;

import io.vertx.core.Future;
import java.util.List;

/**
 * Where events go: Amazon EventBridge through the AWS SDK ({@link SdkEventBus}) or, in the embedded
 * default, an in-process bus that logs and keeps them for reading back ({@link InProcessEventBus}).
 * One PutEvents call: at most 10 entries.
 */
public interface EventBus extends AutoCloseable {

  /** One PutEvents entry. */
  record Entry(String eventBusName, String source, String detailType, String detail, List<String> resources,
      String time) {}

  /**
   * One entry's outcome: an event id, or an error code and message (a partial failure).
   */
  record Result(String eventId, String errorCode, String errorMessage) {
    public boolean failed() {
      return errorCode != null;
    }
  }

  /** Puts the entries; per-entry failures come back as results, whole-request failures fail the future. */
  Future<List<Result>> putEvents(List<Entry> entries);

  String describe();

  @Override
  default void close() {}
}
