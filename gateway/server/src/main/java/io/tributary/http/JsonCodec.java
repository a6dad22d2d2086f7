package io.tributary.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.Map;

/**
 * JSON in and out of the gateway as plain Java values (Map, List, String, Number, Boolean).
 * Nesting depth is bounded so a hostile body cannot exhaust the stack while being parsed.
 */
public final class JsonCodec {
  private static final int MAX_NESTING = 200;
  private static final ObjectMapper MAPPER = create();

  private JsonCodec() {}

  private static ObjectMapper create() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();
    return new ObjectMapper(factory)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Parses JSON text; throws {@link IllegalArgumentException} with a client-safe message. */
  public static Object parse(byte[] json) {
    try {
      return MAPPER.readValue(json, Object.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(describe(e), e);
    }
  }

  public static Object parse(String json) {
    try {
      return MAPPER.readValue(json, Object.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(describe(e), e);
    }
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String json) {
    Object value = parse(json);
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    return (Map<String, Object>) value;
  }

  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("value is not serialisable as JSON", e);
    }
  }

  public static String writeString(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("value is not serialisable as JSON", e);
    }
  }

  /** Jackson's message without its source-location dump, which would echo the input back. */
  private static String describe(IOException e) {
    if (e instanceof JsonProcessingException jpe) {
      String message = jpe.getOriginalMessage();
      if (jpe.getLocation() != null) {
        message += " (line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr() + ")";
      }
      return message;
    }
    return "unreadable JSON";
  }
}
