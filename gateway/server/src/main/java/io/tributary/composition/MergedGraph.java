package io.tributary.composition;

import graphql.schema.FieldCoordinates;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.Map;
import java.util.Optional;

/**
 * The composed schema.
 *
 * @param registry       every merged definition plus the AWS prelude (scalars and directives), ready for
 *                       {@code SchemaGenerator} with the caller's RuntimeWiring
 * @param sdl            the merged SDL, deterministic, without the prelude
 * @param origins        for every merged object/interface field, its coordinate in the owning source
 * @param resolverOwners for every merged field that has a resolver, the source coordinate that attaches it
 */
public record MergedGraph(TypeDefinitionRegistry registry, String sdl, Map<FieldCoordinates, FieldOrigin> origins,
                          Map<FieldCoordinates, FieldOrigin> resolverOwners) {
  public MergedGraph {
    origins = Map.copyOf(origins);
    resolverOwners = Map.copyOf(resolverOwners);
  }

  /** The source coordinate whose resolver serves {@code field}, if the field has a resolver. */
  public Optional<FieldOrigin> resolverOwner(FieldCoordinates field) {
    return Optional.ofNullable(resolverOwners.get(field));
  }
}
