package io.tributary.scalar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.GraphQLContext;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.GraphQLScalarType;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsScalarsRegistryScalarTest {

  @Test
  void allListsTheNineAppSyncScalarsByName() {
    List<String> names = AwsScalars.all().stream().map(GraphQLScalarType::getName).toList();
    assertEquals(List.of("AWSDate", "AWSTime", "AWSDateTime", "AWSTimestamp", "AWSEmail", "AWSJSON",
        "AWSURL", "AWSPhone", "AWSIPAddress"), names);
    AwsScalars.all().forEach(scalar -> assertFalse(scalar.getDescription().isBlank()));
  }

  @Test
  void byNameFindsEachScalarAndRefusesUnknownNames() {
    AwsScalars.all().forEach(scalar -> assertSame(scalar, AwsScalars.byName(scalar.getName())));
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> AwsScalars.byName("AWSDecimal"));
    assertTrue(error.getMessage().contains("AWSDecimal"));
    assertTrue(AwsScalars.isAwsScalar("AWSJSON"));
    assertFalse(AwsScalars.isAwsScalar("DateTime"));
  }

  @Test
  void valuesTurnBackIntoLiteralsForSchemaPrinting() {
    GraphQLContext context = GraphQLContext.getDefault();
    assertEquals("1970-01-01", ((StringValue) AwsScalars.AWS_DATE.getCoercing()
        .valueToLiteral("1970-01-01", context, Locale.ROOT)).getValue());
    assertEquals(BigInteger.valueOf(-5), ((IntValue) AwsScalars.AWS_TIMESTAMP.getCoercing()
        .valueToLiteral(-5L, context, Locale.ROOT)).getValue());
    assertEquals("{\"a\":[1]}", ((StringValue) AwsScalars.AWS_JSON.getCoercing()
        .valueToLiteral(Map.of("a", List.of(1)), context, Locale.ROOT)).getValue());
  }
}
