package io.tributary.scalar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.HashMap;
import java.util.Map;

/**
 * A real graphql-java engine over a tiny schema: for each AWS scalar X, {@code echoX(v: X): X}
 * returns its argument and {@code emitX: X} returns whatever the test put in {@link #emit}.
 * {@code kindOf(v: AWSJSON): String} names the Java type a resolver receives.
 */
final class EchoSchema {
  private final Map<String, Object> results = new HashMap<>();
  private final GraphQL graphQL = GraphQL.newGraphQL(buildSchema()).build();

  /** Runs {@code { echoX(v: <literal>) }}. */
  ExecutionResult literal(String scalar, String literal) {
    return run("{ echo" + scalar + "(v: " + literal + ") }", Map.of());
  }

  /** Runs {@code query($v: X) { echoX(v: $v) }} with {@code value} as the variable. */
  ExecutionResult variable(String scalar, Object value) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("v", value);
    return run("query($v: " + scalar + ") { echo" + scalar + "(v: $v) }", variables);
  }

  /** Runs {@code { emitX }} where the resolver returns {@code value}. */
  ExecutionResult emit(String scalar, Object value) {
    results.put(scalar, value);
    return run("{ emit" + scalar + " }", Map.of());
  }

  ExecutionResult run(String query, Map<String, Object> variables) {
    return graphQL.execute(ExecutionInput.newExecutionInput().query(query).variables(variables).build());
  }

  /** The value of the single field, failing if there were errors. */
  static Object accepted(ExecutionResult result) {
    assertTrue(result.getErrors().isEmpty(), () -> "unexpected errors " + result.getErrors());
    Map<String, Object> data = result.getData();
    assertEquals(1, data.size());
    return data.values().iterator().next();
  }

  /** The message of the single error of a request rejected before execution. */
  static String rejected(ExecutionResult result) {
    assertEquals(1, result.getErrors().size(), () -> "expected one error, got " + result.getErrors());
    assertNull(result.getData(), "a rejected request has no data");
    return result.getErrors().get(0).getMessage();
  }

  /** The message of the single field error of a request that executed (serialize failures). */
  static String fieldError(ExecutionResult result) {
    assertEquals(1, result.getErrors().size(), () -> "expected one error, got " + result.getErrors());
    GraphQLError error = result.getErrors().get(0);
    Map<String, Object> data = result.getData();
    assertNull(data.values().iterator().next(), "the failed field is null");
    return error.getMessage();
  }

  private graphql.schema.GraphQLSchema buildSchema() {
    StringBuilder sdl = new StringBuilder();
    StringBuilder fields = new StringBuilder();
    RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
    TypeRuntimeWiring.Builder query = TypeRuntimeWiring.newTypeWiring("Query");
    for (GraphQLScalarType scalar : AwsScalars.all()) {
      String name = scalar.getName();
      sdl.append("scalar ").append(name).append('\n');
      fields.append("  echo").append(name).append("(v: ").append(name).append("): ").append(name).append('\n');
      fields.append("  emit").append(name).append(": ").append(name).append('\n');
      wiring.scalar(scalar);
      query.dataFetcher("echo" + name, env -> env.getArgument("v"));
      query.dataFetcher("emit" + name, env -> results.get(name));
    }
    fields.append("  kindOf(v: AWSJSON): String\n");
    query.dataFetcher("kindOf", env -> ScalarErrors.kind(env.getArgument("v")));
    sdl.append("type Query {\n").append(fields).append("}\n");
    return new SchemaGenerator().makeExecutableSchema(
        new SchemaParser().parse(sdl.toString()), wiring.type(query).build());
  }
}
