package io.tributary.composition;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.SourceLocation;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.MockedWiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.errors.SchemaProblem;
import java.util.Locale;

/**
 * Builds the merged registry into a GraphQLSchema once, so anything graphql-java rejects (bad directive placement,
 * interface contracts, missing Query...) is reported before the gateway tries to serve the schema.
 */
final class SchemaCheck {
  private SchemaCheck() {
  }

  static void check(TypeDefinitionRegistry registry, ProblemLog problems) {
    RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring().wiringFactory(new MockedWiringFactory());
    AwsPrelude.SCALARS.forEach(name -> wiring.scalar(passThrough(name)));
    try {
      new SchemaGenerator().makeExecutableSchema(registry, wiring.build());
    } catch (SchemaProblem problem) {
      problem.getErrors().forEach(error -> problems.at(firstLocation(error), "merged schema does not build: "
          + error.getMessage()));
    } catch (RuntimeException e) {
      problems.at(null, "merged schema does not build: " + e.getMessage());
    }
  }

  private static SourceLocation firstLocation(GraphQLError error) {
    return error.getLocations() == null || error.getLocations().isEmpty() ? null : error.getLocations().get(0);
  }

  /** Only for this check: the gateway wires real AWS scalar validation itself. */
  private static GraphQLScalarType passThrough(String name) {
    return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, Object>() {
      @Override
      public Object serialize(Object value, GraphQLContext context, Locale locale) {
        return value;
      }

      @Override
      public Object parseValue(Object input, GraphQLContext context, Locale locale) {
        return input;
      }

      @Override
      public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                 Locale locale) {
        return AstPrinter.printAst(input);
      }
    }).build();
  }
}
