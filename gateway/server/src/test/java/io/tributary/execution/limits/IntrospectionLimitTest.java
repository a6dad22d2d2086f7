package io.tributary.execution.limits;

import static io.tributary.execution.limits.LimitFixture.check;
import static io.tributary.execution.limits.LimitFixture.introspectionOff;
import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.GraphQLError;
import graphql.introspection.IntrospectionQuery;
import graphql.language.SourceLocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntrospectionLimitTest {

  @Test
  void schemaIntrospectionIsRefusedWhenDisabledAsAnUndefinedField() {
    List<LimitViolation> violations = check(introspectionOff(), "{\n  __schema { types { name } } }");
    assertEquals(List.of(new LimitViolation(LimitViolation.VALIDATION,
        "Validation error of type FieldUndefined: Field '__schema' in type 'Query' is undefined @ '__schema'",
        List.of(new SourceLocation(2, 3)))), violations);
  }

  @Test
  void typeIntrospectionHiddenInAFragmentIsFound() {
    String query = "query { ...Q } fragment Q on Query { ... on Query { __type(name: \"Post\") { name } } }";
    assertEquals("Validation error of type FieldUndefined: Field '__type' in type 'Query' is undefined @ '__type'",
        check(introspectionOff(), query).get(0).message());
  }

  @Test
  void theStandardIntrospectionQueryIsRefusedWhenDisabledAndAllowedWhenEnabled() {
    assertEquals(1, check(introspectionOff(), IntrospectionQuery.INTROSPECTION_QUERY).size());
    assertEquals(List.of(), check(OperationLimits.defaults(), IntrospectionQuery.INTROSPECTION_QUERY));
  }

  @Test
  void typenameStaysAllowedWithIntrospectionDisabled() {
    assertEquals(List.of(), check(introspectionOff(), "{ __typename post(id: 1) { __typename id } }"));
  }

  @Test
  void aViolationBecomesAGraphqlErrorCarryingItsErrorType() {
    GraphQLError error = check(introspectionOff(), "{ __schema { queryType { name } } }").get(0).toGraphQLError();
    assertEquals(LimitViolation.VALIDATION, error.getErrorType().toString());
    assertEquals(List.of(new SourceLocation(1, 3)), error.getLocations());
    Map<?, ?> extensions = (Map<?, ?>) error.toSpecification().get("extensions");
    assertEquals(LimitViolation.VALIDATION, extensions.get("classification"));
  }
}
