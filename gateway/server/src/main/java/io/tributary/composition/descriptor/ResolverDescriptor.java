package io.tributary.composition.descriptor;

import io.tributary.config.ConfigChecks;
import io.tributary.config.ConfigProblem;
import io.tributary.config.ConfigValidation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A resolver attached to one field (its key in {@code resolvers} is {@code Type.field}). Paths are
 * relative to the source API folder.
 *
 * @param kind UNIT (one data source) or PIPELINE (functions); UNIT when left out
 * @param dataSource the data source a UNIT resolver calls; not allowed on PIPELINE
 * @param functions the functions a PIPELINE resolver runs, in order; not allowed on UNIT
 * @param code APPSYNC_JS code file; for a PIPELINE it holds the before/after handlers
 * @param request VTL request mapping template (for a PIPELINE: the before template)
 * @param response VTL response mapping template (for a PIPELINE: the after template)
 * @param runtime explicit runtime; inferred from the files when left out
 * @param caching optional per-resolver caching
 */
public record ResolverDescriptor(ResolverKind kind, String dataSource, List<String> functions, Path code,
    Path request, Path response, ResolverRuntime runtime, CachingDescriptor caching) implements ConfigValidation {

  public static ResolverDescriptor defaults() {
    return new ResolverDescriptor(ResolverKind.UNIT, null, List.of(), null, null, null, null, null);
  }

  /**
   * The runtime, explicit or inferred from the files. Empty only for a PIPELINE resolver without
   * any code: its before/after steps pass the arguments in and the last function's result out.
   */
  public Optional<ResolverRuntime> effectiveRuntime() {
    return CodeRules.infer(runtime, code, request, response);
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    boolean unit = kind == ResolverKind.UNIT;
    ConfigChecks checks = new ConfigChecks(path)
        .require(!unit || dataSource != null, "dataSource", "required for a UNIT resolver")
        .require(!unit || functions.isEmpty(), "functions",
            "only for PIPELINE resolvers (set kind: PIPELINE, or use dataSource)")
        .require(unit || !functions.isEmpty(), "functions", "a PIPELINE resolver needs at least one function")
        .require(unit || dataSource == null, "dataSource",
            "not allowed on a PIPELINE resolver; its functions name their data sources");
    // A UNIT resolver without any code is a direct Lambda resolver; ApiDescriptor checks that its
    // data source is AWS_LAMBDA.
    CodeRules.check(checks, runtime, code, request, response, true);
    return checks.problems();
  }

  /** A UNIT resolver with no code or templates: AppSync's direct Lambda resolver. */
  public boolean direct() {
    return kind == ResolverKind.UNIT && code == null && request == null && response == null && runtime == null;
  }
}
