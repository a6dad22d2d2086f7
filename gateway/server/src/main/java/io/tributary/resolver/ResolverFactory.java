package io.tributary.resolver;

import graphql.schema.FieldCoordinates;
import io.tributary.composition.FieldOrigin;
import io.tributary.composition.MergedGraph;
import io.tributary.composition.descriptor.FunctionDescriptor;
import io.tributary.composition.descriptor.ResolverDescriptor;
import io.tributary.composition.descriptor.ResolverKind;
import io.tributary.composition.source.LoadedSourceApi;
import io.tributary.datasource.DataSourceRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns each source API's resolver declarations into executable {@link FieldResolver}s attached
 * to their merged-schema coordinates (which differ from the declared ones under
 * {@code @renamed}). All code is compiled here, at start-up; every broken resolver is reported at
 * once.
 */
public final class ResolverFactory {
  private final List<CodeCompiler> compilers;
  private final DataSourceRegistry dataSources;
  private final Map<String, PipelineFunction> functions = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  public ResolverFactory(List<CodeCompiler> compilers, DataSourceRegistry dataSources) {
    this.compilers = List.copyOf(compilers);
    this.dataSources = dataSources;
  }

  /** @throws IllegalArgumentException listing every resolver that could not be built */
  public Map<FieldCoordinates, FieldResolver> build(MergedGraph graph, Map<String, LoadedSourceApi> apis) {
    Map<FieldCoordinates, FieldResolver> resolvers = new HashMap<>();
    graph.resolverOwners().forEach((coordinates, origin) -> {
      FieldResolver resolver = buildOne(coordinates, origin, apis.get(origin.api()));
      if (resolver != null) {
        resolvers.put(coordinates, resolver);
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return resolvers;
  }

  private FieldResolver buildOne(FieldCoordinates coordinates, FieldOrigin origin, LoadedSourceApi api) {
    String declared = origin.typeName() + "." + origin.fieldName();
    ResolverDescriptor descriptor = api.descriptor().resolvers().get(declared);
    String owner = api.name() + ": " + declared;
    String coordinate = coordinates.getTypeName() + "." + coordinates.getFieldName();
    try {
      if (descriptor.direct()) {
        var source = api.descriptor().dataSources().get(descriptor.dataSource());
        boolean root = Set.of("Query", "Mutation", "Subscription").contains(coordinates.getTypeName());
        boolean batch = source.maxBatchSize() != null && source.maxBatchSize() > 1 && !root;
        return new UnitResolver(coordinate, new DirectLambdaCode(owner + " (direct Lambda)", batch),
            dataSources.get(api.name(), descriptor.dataSource()));
      }
      ResolverCode code = compile(api, new CodeRef(descriptor.effectiveRuntime().map(Enum::name).orElse("APPSYNC_JS"),
          text(descriptor.code()), text(descriptor.request()), text(descriptor.response()), owner));
      if (descriptor.kind() == ResolverKind.PIPELINE) {
        return new PipelineResolver(coordinate, code, pipeline(api, descriptor.functions()));
      }
      return new UnitResolver(coordinate, code, dataSources.get(api.name(), descriptor.dataSource()));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return null;
    }
  }

  private List<PipelineFunction> pipeline(LoadedSourceApi api, List<String> names) {
    List<PipelineFunction> steps = new ArrayList<>();
    for (String name : names) {
      steps.add(function(api, name));
    }
    return steps;
  }

  /** Functions are compiled once per source API, however many pipelines use them. */
  private PipelineFunction function(LoadedSourceApi api, String name) {
    String id = api.name() + "/" + name;
    PipelineFunction known = functions.get(id);
    if (known != null) {
      return known;
    }
    FunctionDescriptor descriptor = api.descriptor().functions().get(name);
    String owner = api.name() + ": function " + name;
    ResolverCode code = compile(api, new CodeRef(descriptor.effectiveRuntime().name(),
        text(descriptor.code()), text(descriptor.request()), text(descriptor.response()), owner));
    PipelineFunction function = new PipelineFunction("fn:" + id, code, dataSources.get(api.name(), descriptor.dataSource()));
    functions.put(id, function);
    return function;
  }

  private ResolverCode compile(LoadedSourceApi api, CodeRef ref) {
    for (CodeCompiler compiler : compilers) {
      if (compiler.handles(ref.runtime())) {
        return compiler.compile(api, ref);
      }
    }
    throw new IllegalArgumentException(ref.owner() + ": runtime " + ref.runtime() + " is not available");
  }

  private static String text(java.nio.file.Path path) {
    return path == null ? null : path.toString();
  }
}
