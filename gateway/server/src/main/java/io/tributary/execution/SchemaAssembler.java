package io.tributary.execution;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.UnionTypeDefinition;
import io.tributary.auth.FieldAuthorization;
import io.tributary.composition.FieldOrigin;
import io.tributary.resolver.FieldResolver;
import java.util.List;
import java.util.Map;

/**
 * Builds the executable schema from the merged graph: attaches each source API's resolver to its
 * field, keeps fields renamed with {@code @renamed} reading their original key, resolves abstract
 * types from {@code __typename} (as AppSync does) and puts the {@code @aws_*} authorization check
 * in front of every field that not every mode may read.
 */
public final class SchemaAssembler {
  private SchemaAssembler() {}

  /** Inputs of the assembly. */
  public record Parts(
      TypeDefinitionRegistry registry,
      Map<FieldCoordinates, FieldOrigin> origins,
      Map<FieldCoordinates, FieldResolver> resolvers,
      FieldAuthorization authorization,
      List<GraphQLScalarType> scalars,
      String subscriptionType) {}

  public static GraphQLSchema assemble(Parts parts) {
    GraphQLCodeRegistry.Builder code = GraphQLCodeRegistry.newCodeRegistry();
    parts.origins().forEach((coordinates, origin) -> code.dataFetcher(coordinates, fetcherFor(coordinates, origin, parts)));
    RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring().codeRegistry(code);
    parts.scalars().forEach(wiring::scalar);
    TypeResolver byTypename = new TypenameTypeResolver();
    for (InterfaceTypeDefinition type : parts.registry().getTypes(InterfaceTypeDefinition.class)) {
      wiring.type(type.getName(), t -> t.typeResolver(byTypename));
    }
    for (UnionTypeDefinition type : parts.registry().getTypes(UnionTypeDefinition.class)) {
      wiring.type(type.getName(), t -> t.typeResolver(byTypename));
    }
    return new SchemaGenerator().makeExecutableSchema(parts.registry(), wiring.build());
  }

  private static DataFetcher<?> fetcherFor(FieldCoordinates coordinates, FieldOrigin origin, Parts parts) {
    DataFetcher<?> fetcher = baseFetcher(coordinates, origin, parts);
    if (!parts.authorization().restricts(coordinates)) {
      return fetcher;
    }
    return new AuthorizingDataFetcher(
        parts.authorization().ruleFor(coordinates.getTypeName(), coordinates.getFieldName()), fetcher);
  }

  private static DataFetcher<?> baseFetcher(FieldCoordinates coordinates, FieldOrigin origin, Parts parts) {
    FieldResolver resolver = parts.resolvers().get(coordinates);
    ResolverDataFetcher fetcher = resolver == null ? null : new ResolverDataFetcher(resolver);
    if (coordinates.getTypeName().equals(parts.subscriptionType())) {
      return new SubscriptionFieldFetcher(fetcher);
    }
    if (fetcher != null) {
      return fetcher;
    }
    return PropertyDataFetcher.fetching(origin.fieldName());
  }
}
