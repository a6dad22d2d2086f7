package io.tributary.scalar;

import graphql.language.AstPrinter;
import graphql.language.StringValue;
import graphql.language.Value;

/** Builds the error text every AWS scalar uses, so all of them name the value and the scalar. */
final class ScalarErrors {
  /** Long values are cut so a hostile input cannot blow up an error message. */
  private static final int MAX_SHOWN = 100;

  private ScalarErrors() {}

  /** {@code Invalid AWSDate value: '2020-13-01' (month must be 01-12)}. */
  static String invalid(String scalar, Object value, String reason) {
    return "Invalid " + scalar + " value: " + show(value) + " (" + reason + ")";
  }

  /** The value as a client would recognise it: strings quoted, literals printed as GraphQL. */
  static String show(Object value) {
    if (value instanceof StringValue string) {
      return quoted(string.getValue());
    }
    if (value instanceof Value<?> literal) {
      return cut(AstPrinter.printAst(literal));
    }
    if (value instanceof String string) {
      return quoted(string);
    }
    return cut(String.valueOf(value));
  }

  /** A short name for the Java type of a value, for "expected a String but got ..." reasons. */
  static String kind(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }

  private static String quoted(String text) {
    return "'" + cut(text) + "'";
  }

  private static String cut(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
  }
}
