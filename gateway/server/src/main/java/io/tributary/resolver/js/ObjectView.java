package io.tributary.resolver.js;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * A JSON object from the gateway as resolver code sees it. Reads go straight to the Java map, so
 * a handler pays only for the members it touches and a value it hands back unchanged (the usual
 * {@code return ctx.result}) needs no conversion either way. The Java map is never modified:
 * the first write copies it into this view's own map.
 *
 * <p>Nested objects become views too, each created once so {@code ===} holds between reads.
 * Lists become real JS arrays (parsed from JSON), because host arrays cannot follow every
 * {@code Array.prototype} mutation. Guest code sees only the members: under
 * {@code HostAccess.NONE} no Java method of this class is reachable.
 */
final class ObjectView implements ProxyObject {

  private static final int MAX_DEPTH = 512;

  private final Map<String, Object> base;
  private final GuestJson guest;
  // Created on the first write or nested read; from then on the only state that counts.
  private LinkedHashMap<String, Object> own;
  private boolean written;

  ObjectView(Map<String, Object> base, GuestJson guest) {
    this.base = base;
    this.guest = guest;
  }

  private ObjectView(LinkedHashMap<String, Object> own, GuestJson guest, boolean owned) {
    this.base = own;
    this.own = own;
    this.guest = guest;
  }

  /** A view over a map this class may change in place (it was built for the invocation). */
  static ObjectView owning(LinkedHashMap<String, Object> fields, GuestJson guest) {
    return new ObjectView(fields, guest, true);
  }

  @Override
  public Object getMember(String key) {
    Map<String, Object> current = own == null ? base : own;
    Object raw = current.get(key);
    if (raw instanceof Map<?, ?> map) {
      return remember(key, new ObjectView(cast(map), guest));
    }
    if (raw instanceof Collection<?> list) {
      return remember(key, guest.parse(PlainJsonWriter.toJson(list)));
    }
    return scalar(raw);
  }

  @Override
  public boolean hasMember(String key) {
    return (own == null ? base : own).containsKey(key);
  }

  @Override
  public Object getMemberKeys() {
    return ProxyArray.fromArray((Object[]) (own == null ? base : own).keySet().toArray(new String[0]));
  }

  @Override
  public void putMember(String key, Value value) {
    written = true;
    own().put(key, fromGuest(value));
  }

  @Override
  public boolean removeMember(String key) {
    written = true;
    own().remove(key);
    // JS `delete` of a missing property succeeds too, and a false here would throw in strict code.
    return true;
  }

  /** The raw entry, without turning it into a guest value: for reading the stash back. */
  Object raw(String key) {
    return (own == null ? base : own).get(key);
  }

  /**
   * This object as plain Java values: the original map if nothing in it was changed, else a new
   * map that shares the unchanged parts.
   *
   * @throws GuestJson.NeedsGuest if resolver code stored a JS object or array somewhere inside
   */
  Map<String, Object> toJava() {
    return toJava(0);
  }

  private Map<String, Object> toJava(int depth) {
    if (own == null) {
      return base;
    }
    if (depth > MAX_DEPTH) {
      // A view stored inside itself: JSON.stringify reports the cycle.
      throw GuestJson.NeedsGuest.INSTANCE;
    }
    if (!written && childrenUnchanged(depth)) {
      return base;
    }
    Map<String, Object> copy = new LinkedHashMap<>(own.size() * 4 / 3 + 1);
    for (Map.Entry<String, Object> entry : own.entrySet()) {
      copy.put(entry.getKey(), plain(entry.getValue(), depth + 1));
    }
    return copy;
  }

  private boolean childrenUnchanged(int depth) {
    for (Object value : own.values()) {
      if (value instanceof Value) {
        return false;
      }
      if (value instanceof ObjectView child && child.toJava(depth + 1) != child.base) {
        return false;
      }
    }
    return true;
  }

  /** A value taken from a view, as plain Java. */
  static Object plain(Object value) {
    return plain(value, 0);
  }

  private static Object plain(Object value, int depth) {
    if (value instanceof ObjectView view) {
      return view.toJava(depth);
    }
    if (value instanceof Value) {
      throw GuestJson.NeedsGuest.INSTANCE;
    }
    return value;
  }

  @Override
  public String toString() {
    // Shows up in engine error messages, which resolver code can read: never describe the Java side.
    return "[object Object]";
  }

  private LinkedHashMap<String, Object> own() {
    if (own == null) {
      own = new LinkedHashMap<>(base);
    }
    return own;
  }

  private Object remember(String key, Object exposed) {
    own().put(key, exposed);
    return exposed;
  }

  /** Keeps JS primitives and views as Java values so an unchanged tree converts without JS. */
  private static Object fromGuest(Value value) {
    if (value.isString()) {
      return value.asString();
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isNumber()) {
      return number(value);
    }
    if (value.isProxyObject() && value.asProxyObject() instanceof ObjectView view) {
      return view;
    }
    // JS objects, arrays, null and undefined (which Value cannot tell apart) stay guest values.
    return value;
  }

  private static Object number(Value value) {
    if (value.fitsInInt()) {
      return value.asInt();
    }
    if (value.fitsInLong()) {
      return value.asLong();
    }
    double d = value.asDouble();
    if (d == 0) {
      return 0; // -0, which JSON writes as 0
    }
    return Double.isFinite(d) ? (Object) d : value;
  }

  /** JSON scalars as the engine accepts them; the context was checked to hold nothing else. */
  static Object scalar(Object raw) {
    if (raw instanceof BigDecimal || raw instanceof Float) {
      return ((Number) raw).doubleValue();
    }
    if (raw instanceof BigInteger big) {
      return big.bitLength() < 64 ? (Object) big.longValue() : big.doubleValue();
    }
    if (raw instanceof Short || raw instanceof Byte) {
      return ((Number) raw).intValue();
    }
    if (raw instanceof CharSequence || raw instanceof Character) {
      return raw.toString();
    }
    return raw;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
