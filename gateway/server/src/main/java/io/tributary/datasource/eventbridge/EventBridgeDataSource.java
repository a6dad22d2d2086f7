package io.tributary.datasource.eventbridge;

import io.tributary.datasource.DataSource;
import io.tributary.datasource.DataSourceCall;
import io.tributary.datasource.DataSourceException;
import io.tributary.datasource.JsonKinds;
import io.tributary.http.JsonCodec;
import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AppSync's AMAZON_EVENTBRIDGE data source: the request is
 * {@code {operation: 'PutEvents', events: [{source, detailType, detail, resources?, time?}]}} (1 to
 * 10 events, each under 256 KB), the result AppSync's
 * {@code {Entries: [{EventId} | {ErrorCode, ErrorMessage}], FailedEntryCount}}. A malformed request
 * is a {@code MappingTemplate} error before any call; a failed call is
 * {@code EventBridge:<error>}.
 */
public final class EventBridgeDataSource implements DataSource {
  static final int MAX_ENTRIES = 10;
  static final int MAX_REQUEST_BYTES = 256 * 1024;

  private final String name;
  private final String eventBusName;
  private final EventBus bus;

  public EventBridgeDataSource(String name, String eventBusName, EventBus bus) {
    this.name = name;
    this.eventBusName = eventBusName;
    this.bus = bus;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Future<Object> invoke(DataSourceCall call) {
    List<EventBus.Entry> entries;
    try {
      entries = entries(call.document());
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(new DataSourceException("MappingTemplate", e.getMessage()));
    }
    Future<List<EventBus.Result>> put;
    try {
      put = bus.putEvents(entries);
    } catch (RuntimeException e) {
      put = Future.failedFuture(e);
    }
    return call.scope().resume(put.<Object>map(EventBridgeDataSource::answer)
        .recover(e -> Future.failedFuture(e instanceof DataSourceException ? e
            : new DataSourceException("EventBridge:" + errorCode(e), "PutEvents failed: " + e.getMessage()))));
  }

  private List<EventBus.Entry> entries(Object document) {
    if (!(document instanceof Map<?, ?> request)) {
      throw new IllegalArgumentException("An EventBridge request must be an object, got " + JsonKinds.describe(document));
    }
    if (!"PutEvents".equals(request.get("operation"))) {
      throw new IllegalArgumentException("EventBridge supports operation PutEvents, got " + request.get("operation"));
    }
    if (!(request.get("events") instanceof List<?> events) || events.isEmpty() || events.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException("PutEvents needs 1 to " + MAX_ENTRIES + " events");
    }
    List<EventBus.Entry> entries = new ArrayList<>(events.size());
    int bytes = 0;
    for (int i = 0; i < events.size(); i++) {
      if (!(events.get(i) instanceof Map<?, ?> event)) {
        throw new IllegalArgumentException("events[" + i + "] must be an object");
      }
      String source = text(event, "source", i);
      String detailType = text(event, "detailType", i);
      Object detailValue = event.get("detail");
      String detail;
      if (detailValue instanceof String s) {
        detail = s;
      } else if (detailValue instanceof Map<?, ?>) {
        detail = JsonCodec.writeString(detailValue);
      } else {
        throw new IllegalArgumentException("events[" + i + "].detail must be an object");
      }
      List<String> resources = new ArrayList<>();
      if (event.get("resources") instanceof List<?> list) {
        list.forEach(r -> resources.add(String.valueOf(r)));
      }
      String time = event.get("time") instanceof String t ? t : null;
      bytes += source.length() + detailType.length() + detail.getBytes(StandardCharsets.UTF_8).length
          + resources.stream().mapToInt(String::length).sum();
      entries.add(new EventBus.Entry(eventBusName, source, detailType, detail, List.copyOf(resources), time));
    }
    if (bytes >= MAX_REQUEST_BYTES) {
      throw new IllegalArgumentException("PutEvents entries total " + bytes + " bytes; EventBridge takes under 256 KB");
    }
    return entries;
  }

  private static String text(Map<?, ?> event, String field, int i) {
    if (!(event.get(field) instanceof String value) || value.isBlank()) {
      throw new IllegalArgumentException("events[" + i + "]." + field + " must be a non-empty string");
    }
    return value;
  }

  private static Object answer(List<EventBus.Result> results) {
    List<Object> entries = new ArrayList<>(results.size());
    int failed = 0;
    for (EventBus.Result result : results) {
      Map<String, Object> entry = new LinkedHashMap<>();
      if (result.failed()) {
        failed++;
        entry.put("ErrorCode", result.errorCode());
        entry.put("ErrorMessage", result.errorMessage());
      } else {
        entry.put("EventId", result.eventId());
      }
      entries.add(entry);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("Entries", entries);
    answer.put("FailedEntryCount", failed);
    return answer;
  }

  private static String errorCode(Throwable e) {
    Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof software.amazon.awssdk.awscore.exception.AwsServiceException aws
        && aws.awsErrorDetails() != null && aws.awsErrorDetails().errorCode() != null) {
      return aws.awsErrorDetails().errorCode();
    }
    return "ServiceUnavailable";
  }

  /** The bus is shared by every EventBridge data source and closed by its owner. */
  @Override
  public Future<Void> close() {
    return Future.succeededFuture();
  }
}
