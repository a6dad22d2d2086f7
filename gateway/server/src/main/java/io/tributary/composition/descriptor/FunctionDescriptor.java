package io.tributary.composition.descriptor;

import io.tributary.config.ConfigChecks;
import io.tributary.config.ConfigProblem;
import io.tributary.config.ConfigValidation;
import io.tributary.config.Required;
import java.nio.file.Path;
import java.util.List;

/**
 * A pipeline function (AppSync "function configuration"). Paths are relative to the source API folder.
 *
 * @param dataSource name of the data source in this descriptor the function calls
 * @param code APPSYNC_JS code file (a .js file implies the APPSYNC_JS runtime)
 * @param request VTL request mapping template
 * @param response VTL response mapping template
 * @param runtime explicit runtime; inferred from the files when left out
 */
public record FunctionDescriptor(@Required String dataSource, Path code, Path request, Path response,
    ResolverRuntime runtime) implements ConfigValidation {

  /** The runtime, explicit or inferred from the files; validation guarantees one exists. */
  public ResolverRuntime effectiveRuntime() {
    return CodeRules.infer(runtime, code, request, response).orElseThrow();
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    ConfigChecks checks = new ConfigChecks(path);
    CodeRules.check(checks, runtime, code, request, response, false);
    return checks.problems();
  }
}
