package io.tributary.resolver.js;

import org.graalvm.polyglot.Value;

/**
 * JSON conversions that must run in a context's JS engine: parsing lists into real JS arrays for
 * {@link ObjectView}, and writing values that hold JS objects with {@code JSON.stringify}
 * semantics (toJSON, dropped functions and undefined).
 */
final class GuestJson {

  private final Value parse;
  private final Value encode;

  GuestJson(Value parse, Value encode) {
    this.parse = parse;
    this.encode = encode;
  }

  /** A JS value parsed from JSON text. */
  Value parse(String json) {
    return parse.execute(json);
  }

  /**
   * JSON text of a guest-visible value.
   *
   * @throws Unserializable if JSON.stringify fails (a cycle, a BigInt)
   */
  String encode(Object value) {
    String text = encode.execute(value).asString();
    if (text.startsWith("#")) {
      throw new Unserializable(text.substring(1));
    }
    return text;
  }

  /** Thrown by {@link ObjectView#toJava} when only the JS engine can write a value. */
  static final class NeedsGuest extends RuntimeException {
    static final NeedsGuest INSTANCE = new NeedsGuest();

    private NeedsGuest() {
      super("the value holds JS objects", null, false, false);
    }
  }

  /** A handler's output that JSON.stringify rejected; the message is the JS error's. */
  static final class Unserializable extends RuntimeException {
    Unserializable(String message) {
      super(message, null, false, false);
    }
  }
}
