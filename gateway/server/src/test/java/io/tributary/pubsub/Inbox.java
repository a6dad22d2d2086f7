package io.tributary.pubsub;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;

/** A test handler that records each message and the context it ran on. */
final class Inbox implements Handler<Buffer> {
  private final List<String> messages = new ArrayList<>();
  private final List<Context> contexts = new ArrayList<>();

  @Override
  public synchronized void handle(Buffer message) {
    messages.add(message.toString());
    contexts.add(Vertx.currentContext());
  }

  synchronized List<String> messages() {
    return List.copyOf(messages);
  }

  synchronized boolean has(String message) {
    return messages.contains(message);
  }

  /** Contexts the handler ran on; a list because {@code null} must be representable. */
  synchronized List<Context> contexts() {
    return new ArrayList<>(contexts);
  }
}
