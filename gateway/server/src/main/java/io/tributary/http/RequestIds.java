package io.tributary.http;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request ids for {@code x-amzn-RequestId} and logs: unique across nodes (a random node prefix)
 * without paying for a random UUID on every request.
 */
public final class RequestIds {
  private final String prefix = UUID.randomUUID().toString().substring(0, 24);
  private final AtomicLong counter = new AtomicLong();

  public String next() {
    return prefix + String.format("%012x", counter.incrementAndGet());
  }
}
