package io.tributary.composition;

import graphql.language.AstPrinter;
import graphql.language.OperationTypeDefinition;
import graphql.language.SDLDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The merged definitions in their fixed order (schema definition, the sources' own directive definitions, then
 * types in order of first appearance), as a registry and as SDL text.
 */
final class MergedDocument {
  private static final List<String> OPERATIONS = List.of("query", "mutation", "subscription");

  private final List<SDLDefinition<?>> definitions;

  MergedDocument(MergeOutcome merged) {
    List<SDLDefinition<?>> all = new ArrayList<>();
    schemaDefinition(merged).ifPresent(all::add);
    all.addAll(merged.directives());
    merged.types().values().forEach(t -> all.add(ShapeWriter.write(t)));
    this.definitions = List.copyOf(all);
  }

  private static Optional<SchemaDefinition> schemaDefinition(MergeOutcome merged) {
    List<OperationTypeDefinition> operations = new ArrayList<>();
    OPERATIONS.forEach(operation -> {
      String type = Character.toUpperCase(operation.charAt(0)) + operation.substring(1);
      if (merged.types().containsKey(type)) {
        operations.add(OperationTypeDefinition.newOperationTypeDefinition().name(operation)
            .typeName(TypeName.newTypeName(type).build()).build());
      }
    });
    if (operations.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(SchemaDefinition.newSchemaDefinition().operationTypeDefinitions(operations).build());
  }

  /** The merged SDL without the prelude; the same sources always print the same text. */
  String sdl() {
    return SdlLayout.indentArguments(
        definitions.stream().map(AstPrinter::printAst).collect(Collectors.joining("\n\n", "", "\n")));
  }

  /** A registry with the prelude and every merged definition; a definition graphql-java refuses is reported. */
  TypeDefinitionRegistry registry(ProblemLog problems) {
    TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
    List<SDLDefinition<?>> all = new ArrayList<>(AwsPrelude.definitions());
    all.addAll(definitions);
    for (SDLDefinition<?> definition : all) {
      registry.add(definition).ifPresent(error -> problems.at(
          error.getLocations() == null || error.getLocations().isEmpty() ? null : error.getLocations().get(0),
          "merged schema: " + error.getMessage()));
    }
    return registry;
  }
}
