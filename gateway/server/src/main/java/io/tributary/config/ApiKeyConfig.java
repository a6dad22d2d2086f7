package io.tributary.config;

import java.time.Instant;

/**
 * One API key accepted in the {@code x-api-key} header (API_KEY mode).
 *
 * @param id optional name for logs and metrics, so the secret itself is never logged
 * @param key the secret clients send
 * @param expires when the key stops working (AppSync keys always expire)
 * @param description free text for operators
 */
public record ApiKeyConfig(String id, @Required String key, @Required Instant expires, String description) {

  public ApiKeyConfig {
    if (key != null && key.isBlank()) {
      throw new IllegalArgumentException("key must not be empty");
    }
  }

  /** The id, or a masked prefix of the key when no id was given: safe to log. */
  public String displayId() {
    if (id != null) {
      return id;
    }
    return key.length() <= 8 ? "***" : key.substring(0, 8) + "***";
  }

  /** Whether the key is still valid at {@code now}. */
  public boolean isValidAt(Instant now) {
    return now.isBefore(expires);
  }
}
