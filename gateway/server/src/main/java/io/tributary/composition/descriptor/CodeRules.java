package io.tributary.composition.descriptor;

import io.tributary.config.ConfigChecks;
import java.nio.file.Path;
import java.util.Optional;

/** The runtime rules functions and resolvers share: which files each runtime needs. */
final class CodeRules {
  private CodeRules() {}

  /** The explicit runtime, else APPSYNC_JS for .js/.mjs code, else VTL for templates. */
  static Optional<ResolverRuntime> infer(ResolverRuntime explicit, Path code, Path request, Path response) {
    if (explicit != null) {
      return Optional.of(explicit);
    }
    if (code != null && isJavaScript(code)) {
      return Optional.of(ResolverRuntime.APPSYNC_JS);
    }
    if (code == null && (request != null || response != null)) {
      return Optional.of(ResolverRuntime.VTL);
    }
    return Optional.empty();
  }

  /**
   * @param codeOptional pipeline resolvers may leave out code entirely (pass-through before/after)
   */
  static void check(ConfigChecks checks, ResolverRuntime explicit, Path code, Path request, Path response,
      boolean codeOptional) {
    Optional<ResolverRuntime> runtime = infer(explicit, code, request, response);
    if (runtime.isEmpty()) {
      checkUninferable(checks, code, codeOptional);
      return;
    }
    if (runtime.get() == ResolverRuntime.APPSYNC_JS) {
      checks.require(code != null, "code", "required for the APPSYNC_JS runtime")
          .require(request == null, "request", "only for the VTL runtime (APPSYNC_JS uses code)")
          .require(response == null, "response", "only for the VTL runtime (APPSYNC_JS uses code)");
      return;
    }
    checks.require(request != null, "request", "required for the VTL runtime")
        .require(response != null, "response", "required for the VTL runtime")
        .require(code == null, "code", "only for the APPSYNC_JS runtime (VTL uses request and response)");
  }

  /** Templates always infer VTL, so here either code has an unknown extension or nothing is given. */
  private static void checkUninferable(ConfigChecks checks, Path code, boolean codeOptional) {
    if (code != null) {
      checks.require(false, "code", "cannot infer the runtime from '" + code.getFileName()
          + "'; use a .js file or set runtime");
      return;
    }
    checks.require(codeOptional, null,
        "needs code (APPSYNC_JS) or request and response templates (VTL)");
  }

  private static boolean isJavaScript(Path code) {
    String name = code.getFileName().toString();
    return name.endsWith(".js") || name.endsWith(".mjs");
  }
}
