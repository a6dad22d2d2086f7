package io.tributary.composition;

import graphql.language.SDLDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaking-change check between two merged SDLs (the reviewed snapshot and a new merge), with
 * graphql-java's SchemaDiff: removed types and fields, changed argument or field types,
 * tightened nullability, removed enum values are breakages; additions that can still surprise
 * clients (a new enum value, a new optional argument) are dangers.
 *
 * @param breakages what would break existing clients, one line each
 * @param dangers what might, one line each
 */
public record BreakingChanges(List<String> breakages, List<String> dangers) {

  public static BreakingChanges between(String oldSdl, String newSdl) {
    GraphQLSchema before = build(oldSdl, "the previous SDL");
    GraphQLSchema after = build(newSdl, "the new SDL");
    CapturingReporter reporter = new CapturingReporter();
    new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromIntrospection(before, after), reporter);
    List<String> breakages = new ArrayList<>(lines(reporter.getBreakages()));
    // SchemaDiff walks from the root types; a removed type nothing reaches any more is still a
    // removal for clients that name it (fragments, variables).
    for (String name : before.getTypeMap().keySet()) {
      if (!name.startsWith("__") && after.getType(name) == null
          && breakages.stream().noneMatch(line -> line.startsWith(name + ":") || line.startsWith(name + "."))) {
        breakages.add(name + ": the type was removed (MISSING)");
      }
    }
    return new BreakingChanges(List.copyOf(breakages), lines(reporter.getDangers()));
  }

  public boolean breaking() {
    return !breakages.isEmpty();
  }

  private static GraphQLSchema build(String sdl, String what) {
    TypeDefinitionRegistry registry;
    try {
      registry = new SchemaParser().parse(sdl);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(what + " does not parse: " + e.getMessage());
    }
    for (SDLDefinition<?> definition : AwsPrelude.definitions()) {
      // A snapshot never prints the prelude; add what it does not declare itself.
      registry.add(definition);
    }
    try {
      return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(what + " is not a valid schema: " + e.getMessage());
    }
  }

  private static List<String> lines(List<DiffEvent> events) {
    List<String> out = new ArrayList<>(events.size());
    for (DiffEvent event : events) {
      String where = event.getTypeName() + (event.getFieldName() == null ? "" : "." + event.getFieldName());
      out.add(where + ": " + event.getReasonMsg() + " (" + event.getCategory() + ")");
    }
    return List.copyOf(out);
  }
}
