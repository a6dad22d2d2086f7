package io.tributary.resolver;

import io.tributary.composition.source.LoadedSourceApi;

/**
 * Compiles a source API's resolver code once, at start-up, into {@link ResolverCode}. One
 * implementation per runtime; {@link #compile} fails with {@link IllegalArgumentException}
 * carrying a message that names the file and line when the code is broken.
 */
public interface CodeCompiler {

  /** True if this compiler handles the runtime named in the descriptor. */
  boolean handles(String runtime);

  ResolverCode compile(LoadedSourceApi api, CodeRef ref);
}
