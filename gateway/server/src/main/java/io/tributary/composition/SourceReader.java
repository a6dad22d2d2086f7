package io.tributary.composition;

import graphql.GraphQLException;
import graphql.language.Definition;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.language.OperationTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.SourceLocation;
import graphql.language.TypeDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.MultiSourceReader;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parses one source and folds its definitions into a {@link SourceModel}, reporting what is wrong in it. */
final class SourceReader {
  private final ProblemLog problems;
  private final ShapeFolder folder;

  SourceReader(ProblemLog problems) {
    this.problems = problems;
    this.folder = new ShapeFolder(problems);
  }

  /** The source's model, or empty when it does not parse (the parse error is logged). */
  Optional<SourceModel> read(SourceSchema source) {
    return parse(source).map(document -> fold(source, document));
  }

  private Optional<Document> parse(SourceSchema source) {
    MultiSourceReader reader = MultiSourceReader.newMultiSourceReader()
        .string(source.sdl(), source.sourceName()).trackData(false).build();
    ParserEnvironment environment = ParserEnvironment.newParserEnvironment().document(reader)
        .parserOptions(ParserOptions.getDefaultSdlParserOptions()).build();
    try {
      return Optional.of(Parser.parse(environment));
    } catch (InvalidSyntaxException e) {
      problems.at(locate(source, e.getLocation()), "syntax error: " + e.getMessage());
    } catch (GraphQLException e) {
      problems.atSource(source, "cannot parse the schema: " + e.getMessage());
    }
    return Optional.empty();
  }

  private static SourceLocation locate(SourceSchema source, SourceLocation location) {
    if (location == null) {
      return new SourceLocation(0, 0, source.sourceName());
    }
    return new SourceLocation(location.getLine(), location.getColumn(), source.sourceName());
  }

  private SourceModel fold(SourceSchema source, Document document) {
    Map<String, TypeShape> types = new LinkedHashMap<>();
    List<DirectiveDefinition> directives = new ArrayList<>();
    Map<String, String> roots = new LinkedHashMap<>();
    for (Definition<?> definition : document.getDefinitions()) {
      if (definition instanceof SchemaDefinition schema) {
        addRoots(schema, roots);
      } else if (definition instanceof DirectiveDefinition directive) {
        addDirective(source, directive, directives);
      } else if (definition instanceof TypeDefinition<?> type && !isBuiltInScalar(source, type)) {
        types.merge(type.getName(), ShapeReader.read(source.api(), type), folder::fold);
      } else if (!(definition instanceof TypeDefinition<?>)) {
        problems.at(definition.getSourceLocation(), "a schema may only contain type, directive and schema "
            + "definitions; found " + definition.getClass().getSimpleName() + " in api " + source.api());
      }
    }
    return new SourceModel(source, types, directives, roots);
  }

  private void addRoots(SchemaDefinition schema, Map<String, String> roots) {
    for (OperationTypeDefinition operation : schema.getOperationTypeDefinitions()) {
      roots.put(operation.getName(), operation.getTypeName().getName());
    }
  }

  private void addDirective(SourceSchema source, DirectiveDefinition declared, List<DirectiveDefinition> directives) {
    Optional<DirectiveDefinition> builtIn = AwsPrelude.builtInDirective(declared.getName());
    if (builtIn.isEmpty()) {
      directives.add(declared);
      return;
    }
    if (!AwsPrelude.acceptsRedeclaration(declared, builtIn.get())) {
      problems.at(declared.getSourceLocation(), "api " + source.api() + " redeclares built-in directive "
          + Signatures.definition(declared) + " differently from the built-in "
          + Signatures.definition(builtIn.get()));
    }
  }

  private boolean isBuiltInScalar(SourceSchema source, TypeDefinition<?> type) {
    if (!(type instanceof ScalarTypeDefinition scalar) || !AwsPrelude.isBuiltInScalar(type.getName())) {
      return false;
    }
    if (!AwsPrelude.acceptsRedeclaration(scalar)) {
      problems.at(scalar.getSourceLocation(), "api " + source.api() + " redeclares built-in scalar "
          + scalar.getName() + " with directives; only a plain 'scalar " + scalar.getName() + "' is accepted");
    }
    return true;
  }
}
