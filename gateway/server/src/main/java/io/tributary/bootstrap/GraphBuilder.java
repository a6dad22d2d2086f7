package io.tributary.bootstrap;

import io.tributary.auth.FieldAuthorization;
import io.tributary.composition.CompositionOptions;
import io.tributary.composition.CompositionResult;
import io.tributary.composition.Composer;
import io.tributary.composition.MergedGraph;
import io.tributary.composition.ResolverRef;
import io.tributary.composition.SourceSchema;
import io.tributary.composition.source.LoadedSourceApi;
import io.tributary.config.AuthConfig;
import io.tributary.config.AuthMode;
import io.tributary.execution.SchemaAssembler;
import io.tributary.resolver.FieldResolver;
import io.tributary.scalar.AwsScalars;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Composition and schema assembly: source APIs in, executable schema out. */
public final class GraphBuilder {
  private GraphBuilder() {}

  /** Merges the source APIs with AppSync Merged API rules; the result carries every problem. */
  public static CompositionResult compose(List<LoadedSourceApi> apis, AuthConfig auth) {
    List<SourceSchema> sources = new ArrayList<>();
    for (LoadedSourceApi api : apis) {
      sources.add(
          new SourceSchema(
              api.name(),
              api.directory().relativize(api.schemaFile()).toString(),
              api.schema(),
              api.descriptor().defaultAuthMode().name(),
              resolverRefs(api)));
    }
    Set<String> modes = enabledModes(auth).stream().map(Enum::name).collect(Collectors.toSet());
    return new Composer().compose(sources, new CompositionOptions(auth.defaultMode().name(), modes));
  }

  private static List<ResolverRef> resolverRefs(LoadedSourceApi api) {
    List<ResolverRef> refs = new ArrayList<>();
    String file = api.directory().relativize(api.descriptorFile()).toString();
    api.descriptor().resolvers().forEach((coordinate, resolver) -> {
      int dot = coordinate.indexOf('.');
      refs.add(new ResolverRef(coordinate.substring(0, dot), coordinate.substring(dot + 1), file,
          api.descriptor().resolverLine(coordinate)));
    });
    return refs;
  }

  public static Set<AuthMode> enabledModes(AuthConfig auth) {
    Set<AuthMode> modes = EnumSet.of(auth.defaultMode());
    modes.addAll(auth.additionalModes());
    return modes;
  }

  public static GraphQLSchema assemble(
      MergedGraph graph,
      Map<FieldCoordinates, FieldResolver> resolvers,
      AuthConfig auth) {
    FieldAuthorization authorization =
        FieldAuthorization.plan(graph.registry(), auth.defaultMode(), enabledModes(auth),
            auth.uses(AuthMode.AMAZON_COGNITO_USER_POOLS) && auth.cognito() != null
                && auth.cognito().defaultAction() == io.tributary.config.CognitoConfig.DefaultAction.DENY);
    return SchemaAssembler.assemble(
        new SchemaAssembler.Parts(
            graph.registry(), graph.origins(), resolvers, authorization, AwsScalars.all(), subscriptionTypeName(graph)));
  }

  private static String subscriptionTypeName(MergedGraph graph) {
    return graph.registry().schemaDefinition()
        .flatMap(d -> d.getOperationTypeDefinitions().stream().filter(o -> o.getName().equals("subscription")).findFirst())
        .map(o -> o.getTypeName().getName())
        .orElse("Subscription");
  }
}
