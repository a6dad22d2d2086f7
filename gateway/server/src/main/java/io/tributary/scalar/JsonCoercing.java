package io.tributary.scalar;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;

/**
 * AWSJSON: JSON text on the wire, parsed values inside the gateway.
 *
 * <p>Input (a string literal or a string variable) must be one complete RFC 8259 JSON text:
 * unquoted or single-quoted names, bare words, comments, NaN and trailing content are refused.
 * It is parsed so resolvers receive {@code Map}, {@code List}, {@code String}, a {@code Number}
 * ({@code Integer}, {@code Long}, {@code BigInteger} or {@code Double}), {@code Boolean} or
 * {@code null}. A variable that is already an object or array (not a string) is refused, as
 * AppSync refuses it.
 *
 * <p>Output: a {@code String} result is taken to be JSON text already and is checked; any other
 * value (maps, lists, numbers, Vert.x {@code JsonObject}/{@code JsonArray}) is written as JSON.
 * So a resolver that means the JSON string {@code "str"} returns the text {@code "\"str\""}; a
 * bare {@code str} fails as a field error, the same as any other String that is not JSON text.
 */
final class JsonCoercing implements Coercing<Object, String> {
  static final String NAME = "AWSJSON";
  private static final int MAX_REASON = 120;
  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .addModule(vertxJson())
      .build();

  @Override
  public String serialize(Object result, GraphQLContext context, Locale locale) {
    if (result instanceof String text) {
      parse(text, CoercingSerializeException::new);
      return text;
    }
    try {
      return STRICT.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new CoercingSerializeException(
          ScalarErrors.invalid(NAME, result, "cannot write " + ScalarErrors.kind(result) + " as JSON"));
    }
  }

  @Override
  public Object parseValue(Object input, GraphQLContext context, Locale locale) {
    if (!(input instanceof String text)) {
      throw new CoercingParseValueException(ScalarErrors.invalid(NAME, input,
          "expected a String holding JSON text but got " + ScalarErrors.kind(input)));
    }
    return parse(text, CoercingParseValueException::new);
  }

  @Override
  public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
      Locale locale) {
    if (!(input instanceof StringValue literal)) {
      throw new CoercingParseLiteralException(
          ScalarErrors.invalid(NAME, input, "expected a string literal holding JSON text"));
    }
    return parse(literal.getValue(), CoercingParseLiteralException::new);
  }

  @Override
  public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
    return StringValue.of(serialize(input, context, locale));
  }

  private static <E extends RuntimeException> Object parse(String text, Function<String, E> failure) {
    try {
      return STRICT.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw failure.apply(ScalarErrors.invalid(NAME, text, "not valid JSON: " + reason(e)));
    }
  }

  private static String reason(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " ");
    return message.length() <= MAX_REASON ? message : message.substring(0, MAX_REASON) + "...";
  }

  /**
   * Vert.x JSON containers (also nested inside maps) are written as their content; without this
   * Jackson would treat them as beans and write their getters.
   */
  private static SimpleModule vertxJson() {
    SimpleModule module = new SimpleModule("vertx-json");
    module.addSerializer(JsonObject.class, new StdSerializer<>(JsonObject.class) {
      @Override
      public void serialize(JsonObject value, JsonGenerator out, SerializerProvider provider)
          throws IOException {
        provider.defaultSerializeValue(value.getMap(), out);
      }
    });
    module.addSerializer(JsonArray.class, new StdSerializer<>(JsonArray.class) {
      @Override
      public void serialize(JsonArray value, JsonGenerator out, SerializerProvider provider)
          throws IOException {
        provider.defaultSerializeValue(value.getList(), out);
      }
    });
    return module;
  }
}
