package io.tributary.http;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request ids for {@code x-amzn-RequestId} and logs: unique across nodes (a random node prefix)
 * without paying for a random UUID on every request.
 */
public final class RequestIds {
  private static final String ZEROS = "000000000000";

  private final String prefix = UUID.randomUUID().toString().substring(0, 24);
  private final AtomicLong counter = new AtomicLong();

  /** The prefix followed by the counter as at least 12 lower-case hex digits. */
  public String next() {
    // String.format parses its pattern on every call; it was a measurable share of a tiny request.
    String hex = Long.toHexString(counter.incrementAndGet());
    int padding = ZEROS.length() - hex.length();
    return padding > 0 ? prefix + ZEROS.substring(0, padding) + hex : prefix + hex;
  }
}
