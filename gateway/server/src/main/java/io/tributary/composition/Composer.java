package io.tributary.composition;

import graphql.schema.FieldCoordinates;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Composes team-owned source API schemas into one merged graph with AWS AppSync Merged API semantics.
 *
 * <p>Sources are read in the given order; that order decides which source owns a field several sources declare
 * identically and the order of the printed SDL. Every problem is collected, none stops the run.
 */
public final class Composer {

  /** Merges {@code sources}; the result holds either every problem found or the merged graph. */
  public CompositionResult compose(List<SourceSchema> sources, CompositionOptions options) {
    ProblemLog problems = new ProblemLog(sources);
    checkInputs(sources, options, problems);
    List<PreparedSource> prepared = prepare(sources, options, problems);
    MergeOutcome merged = new TypeMerger(problems, options.mergedDefaultAuthMode()).merge(prepared);
    Map<FieldCoordinates, FieldOrigin> owners = new ResolverOwnership(problems).owners(prepared, merged);
    new GraphValidator(problems, prepared).validate(merged);
    MergedDocument document = new MergedDocument(merged);
    TypeDefinitionRegistry registry = document.registry(problems);
    if (problems.isEmpty()) {
      SchemaCheck.check(registry, problems);
    }
    if (!problems.isEmpty()) {
      return CompositionResult.failed(problems.all());
    }
    return CompositionResult.merged(new MergedGraph(registry, document.sdl(), origins(merged, owners), owners));
  }

  private static void checkInputs(List<SourceSchema> sources, CompositionOptions options, ProblemLog problems) {
    if (sources.isEmpty()) {
      problems.at(null, "no source APIs to merge");
    }
    if (!AuthModes.isKnown(options.mergedDefaultAuthMode())) {
      problems.at(null, "the merged API's default auth mode '" + options.mergedDefaultAuthMode()
          + "' is unknown; expected one of " + AuthModes.known());
    }
    Set<String> seen = new HashSet<>();
    sources.stream().filter(s -> !seen.add(s.api()))
        .forEach(s -> problems.atSource(s, "api name " + s.api() + " is used by more than one source API"));
  }

  private static List<PreparedSource> prepare(List<SourceSchema> sources, CompositionOptions options,
                                              ProblemLog problems) {
    SourceReader reader = new SourceReader(problems);
    SourcePreparer preparer = new SourcePreparer(problems);
    AuthDefaults auth = new AuthDefaults(problems, options);
    List<PreparedSource> prepared = new ArrayList<>();
    for (SourceSchema source : sources) {
      auth.check(source);
      reader.read(source).map(preparer::prepare).map(auth::apply).ifPresent(prepared::add);
    }
    return prepared;
  }

  /** Each merged field's owner: the source with its resolver, else the first source that declares it. */
  private static Map<FieldCoordinates, FieldOrigin> origins(MergeOutcome merged,
                                                            Map<FieldCoordinates, FieldOrigin> owners) {
    Map<FieldCoordinates, FieldOrigin> origins = new LinkedHashMap<>();
    merged.fieldSources().forEach((field, sources) -> origins.put(field, owners.getOrDefault(field, sources.get(0))));
    return origins;
  }
}
