package io.tributary.realtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A subscription could not be started. The errors are sent to the client as they are, so they
 * must already be client-safe and AppSync-shaped: {@code {errorType, message, (errorCode)}}.
 */
public final class SubscribeException extends RuntimeException {
  private final List<Map<String, Object>> errors;

  public SubscribeException(List<Map<String, Object>> errors) {
    super(errors.isEmpty() ? "subscription failed" : String.valueOf(errors.get(0).get("message")), null, false, false);
    this.errors = List.copyOf(errors);
  }

  /** A single error of the given AppSync {@code errorType}. */
  public static SubscribeException of(String errorType, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("errorType", errorType);
    error.put("message", message);
    return new SubscribeException(List.of(error));
  }

  public List<Map<String, Object>> errors() {
    return errors;
  }
}
