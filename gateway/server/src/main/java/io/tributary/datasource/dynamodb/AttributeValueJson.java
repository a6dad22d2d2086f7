package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DocumentReader.describe;
import static io.tributary.datasource.dynamodb.DocumentReader.mappingError;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts between DynamoDB's typed AttributeValue JSON ({@code {"S":"x"}}, {@code {"N":"1"}} ...),
 * the SDK's {@link AttributeValue} and the plain JSON AppSync hands to response handlers (numbers
 * as numbers, sets as lists, binary as base64).
 */
public final class AttributeValueJson {
  private AttributeValueJson() {}

  /** Reads a map of typed values such as a {@code key} or {@code attributeValues} object. */
  public static Map<String, AttributeValue> fromTypedMap(Object json, String path) {
    DocumentReader object = DocumentReader.of(json, path);
    Map<String, AttributeValue> result = new LinkedHashMap<>();
    object.fields().forEach((name, value) -> result.put(name, fromTyped(value, path + "." + name)));
    return result;
  }

  /** Reads one typed value; {@code path} names it in error messages. */
  public static AttributeValue fromTyped(Object json, String path) {
    DocumentReader value = DocumentReader.of(json, path);
    if (value.fields().size() != 1) {
      throw mappingError(path + " must be a typed value with exactly one of "
          + "S, N, B, SS, NS, BS, M, L, NULL, BOOL, got " + value.fields().keySet());
    }
    Map.Entry<String, Object> entry = value.fields().entrySet().iterator().next();
    String at = path + "." + entry.getKey();
    Object inner = entry.getValue();
    return switch (entry.getKey()) {
      case "S" -> AttributeValue.fromS(string(inner, at));
      case "N" -> AttributeValue.fromN(number(inner, at));
      case "B" -> AttributeValue.fromB(binary(inner, at));
      case "BOOL" -> AttributeValue.fromBool(bool(inner, at));
      case "NULL" -> nullValue(inner, at);
      case "SS" -> AttributeValue.fromSs(each(inner, at, AttributeValueJson::string));
      case "NS" -> AttributeValue.fromNs(each(inner, at, AttributeValueJson::number));
      case "BS" -> AttributeValue.fromBs(each(inner, at, AttributeValueJson::binary));
      case "L" -> AttributeValue.fromL(each(inner, at, AttributeValueJson::fromTyped));
      case "M" -> AttributeValue.fromM(fromTypedMap(inner, at));
      default -> throw mappingError(path + " has unknown type descriptor '" + entry.getKey() + "'");
    };
  }

  private interface ElementReader<T> {
    T read(Object json, String path);
  }

  private static <T> List<T> each(Object json, String path, ElementReader<T> reader) {
    if (!(json instanceof List<?> list)) {
      throw mappingError(path + " must be a list, got " + describe(json));
    }
    List<T> result = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      result.add(reader.read(list.get(i), path + "[" + i + "]"));
    }
    return result;
  }

  private static String string(Object json, String path) {
    if (json instanceof String s) {
      return s;
    }
    throw mappingError(path + " must be a string, got " + describe(json));
  }

  // AppSync's util.dynamodb.toNumber emits {"N": 12} with a JSON number, so both forms are valid.
  private static String number(Object json, String path) {
    if (!(json instanceof String) && !(json instanceof Number)) {
      throw mappingError(path + " must be a number or a numeric string, got " + describe(json));
    }
    String text = json instanceof Double d ? BigDecimal.valueOf(d).toString() : json.toString();
    try {
      new BigDecimal(text.trim());
      return text.trim();
    } catch (NumberFormatException e) {
      throw mappingError(path + " is not a valid number: '" + text + "'");
    }
  }

  private static SdkBytes binary(Object json, String path) {
    try {
      return SdkBytes.fromByteArray(Base64.getDecoder().decode(string(json, path)));
    } catch (IllegalArgumentException e) {
      throw mappingError(path + " must be base64-encoded binary");
    }
  }

  private static boolean bool(Object json, String path) {
    if (json instanceof Boolean b) {
      return b;
    }
    throw mappingError(path + " must be a boolean, got " + describe(json));
  }

  private static AttributeValue nullValue(Object json, String path) {
    if (!Boolean.TRUE.equals(json)) {
      throw mappingError(path + " must be true");
    }
    return AttributeValue.fromNul(true);
  }

  /** An item or key as plain JSON, the way AppSync puts it in {@code ctx.result}. */
  public static Map<String, Object> toPlainMap(Map<String, AttributeValue> item) {
    if (item == null) {
      return null;
    }
    Map<String, Object> result = new LinkedHashMap<>();
    item.forEach((name, value) -> result.put(name, toPlain(value)));
    return result;
  }

  /** One value as plain JSON. */
  public static Object toPlain(AttributeValue value) {
    return switch (value.type()) {
      case S -> value.s();
      case N -> plainNumber(value.n());
      case B -> base64(value.b());
      case BOOL -> value.bool();
      case NUL -> null;
      case SS -> new ArrayList<>(value.ss());
      case NS -> value.ns().stream().map(AttributeValueJson::plainNumber).toList();
      case BS -> value.bs().stream().map(AttributeValueJson::base64).toList();
      case L -> value.l().stream().map(AttributeValueJson::toPlain).toList();
      case M -> toPlainMap(value.m());
      default -> null;
    };
  }

  /** Integral numbers become Long (or BigInteger when too large), others Double when exact. */
  static Number plainNumber(String text) {
    BigDecimal decimal = new BigDecimal(text);
    BigDecimal stripped = decimal.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      BigInteger integer = stripped.toBigIntegerExact();
      return integer.bitLength() < 64 ? (Number) integer.longValue() : integer;
    }
    double asDouble = decimal.doubleValue();
    boolean exact = Double.isFinite(asDouble)
        && new BigDecimal(Double.toString(asDouble)).compareTo(decimal) == 0;
    return exact ? asDouble : decimal;
  }

  private static String base64(SdkBytes bytes) {
    return Base64.getEncoder().encodeToString(bytes.asByteArray());
  }

  /** A value as typed JSON again; used to carry LastEvaluatedKey inside a nextToken. */
  public static Map<String, Object> toTyped(AttributeValue value) {
    Object inner = switch (value.type()) {
      case S -> value.s();
      case N -> value.n();
      case B -> base64(value.b());
      case BOOL -> value.bool();
      case NUL -> true;
      case SS -> value.ss();
      case NS -> value.ns();
      case BS -> value.bs().stream().map(AttributeValueJson::base64).toList();
      case L -> value.l().stream().map(AttributeValueJson::toTyped).toList();
      case M -> toTypedMap(value.m());
      default -> throw new IllegalArgumentException("unsupported attribute type " + value.type());
    };
    String descriptor = value.type() == AttributeValue.Type.NUL ? "NULL" : value.type().name();
    return Map.of(descriptor, inner);
  }

  public static Map<String, Object> toTypedMap(Map<String, AttributeValue> item) {
    Map<String, Object> result = new LinkedHashMap<>();
    item.forEach((name, value) -> result.put(name, toTyped(value)));
    return result;
  }

  /**
   * A string equal for two keys exactly when DynamoDB considers them the same item, so numbers
   * are normalised ({@code 1} and {@code 1.0} are one key) and names are order-independent.
   */
  public static String canonicalKey(Map<String, AttributeValue> key) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, AttributeValue> entry : new TreeMap<>(key).entrySet()) {
      String value = canonicalValue(entry.getValue());
      out.append(entry.getKey().length()).append(':').append(entry.getKey())
          .append(value.length()).append(':').append(value);
    }
    return out.toString();
  }

  private static String canonicalValue(AttributeValue value) {
    return switch (value.type()) {
      case S -> "S" + value.s();
      case N -> "N" + new BigDecimal(value.n()).stripTrailingZeros().toPlainString();
      case B -> "B" + base64(value.b());
      default -> "X" + toTyped(value);
    };
  }
}
