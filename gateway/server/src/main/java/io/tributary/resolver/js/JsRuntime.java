package io.tributary.resolver.js;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tributary.resolver.js.JsOutcome.ResolverError;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The APPSYNC_JS runtime: compiles resolver modules and runs their handlers in sandboxed GraalJS
 * contexts that can import only {@code @aws-appsync/utils} and {@code @aws-appsync/utils/dynamodb}.
 *
 * <p>Thread-safe and non-blocking: any number of threads (e.g. Vert.x event loops) may call
 * {@link #invoke} concurrently; each call borrows a context from a pool and runs synchronously on
 * the caller's thread, bounded by {@link JsRuntimeOptions#timeoutMillis()}.
 */
public final class JsRuntime implements AutoCloseable {

  static final String MODULE_MIME_TYPE = "application/javascript+module";
  /**
   * Least time a module's top-level code gets while compiling. Compiling happens once, at startup
   * on a plain thread, and the budget is wall-clock time: with a tight handler timeout (say
   * 200 ms) a busy host would otherwise fail startup on modules that are fine. Top-level code that
   * never ends is still stopped.
   */
  static final long MIN_COMPILE_MILLIS = 5_000;

  private final JsRuntimeOptions options;
  private final Engine engine;
  private final ObjectMapper json = new ObjectMapper();
  private final OutcomeReader outcomes = new OutcomeReader(json);
  private final ContextPool pool;
  private final Watchdog watchdog;
  private final Map<String, AtomicLong> moduleNames = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /**
   * Creates the engine and the first context. This takes a few seconds on a cold JVM: construct
   * the runtime at startup, never on an event loop.
   */
  public JsRuntime(JsRuntimeOptions options) {
    this.options = options;
    this.engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
    ShimFileSystem files = new ShimFileSystem();
    HostBridge host = new HostBridge(options.timeoutMillis());
    Source invoker = Source.newBuilder("js", files.read("invoker.mjs"), "tributary-invoker.mjs")
        .mimeType(MODULE_MIME_TYPE)
        .cached(true)
        .buildLiteral();
    this.pool = new ContextPool(
        () -> PooledContext.open(engine, files, host, invoker), options.maxPooledContexts());
    this.watchdog = new Watchdog(pool);
    // The first context pays for class loading and the shims (seconds on a cold JVM); the rest
    // are cheap and are opened in the background so no request has to wait for one.
    pool.prewarm(1);
    Thread prewarm = new Thread(this::prewarmPool, "tributary-js-prewarm");
    prewarm.setDaemon(true);
    prewarm.start();
  }

  /**
   * Parses, links and evaluates a resolver module once, so syntax errors, bad imports and
   * failing top-level code surface here rather than on the first request.
   *
   * @param moduleName a name for messages, e.g. the resolver's file name
   * @throws JsCompileException with {@code name:line:column} in its message
   */
  public JsModule compile(String moduleName, String code) throws JsCompileException {
    requireOpen();
    Source source = Source.newBuilder("js", code, uniqueSourceName(moduleName))
        .mimeType(MODULE_MIME_TYPE)
        .cached(true)
        .buildLiteral();
    PooledContext context = pool.borrow();
    context.start(System.nanoTime() + compileMillis() * 1_000_000L);
    try {
      JsModule module = new JsModule(moduleName, source, exportedFunctions(context, source), this);
      return finishCompile(context, module);
    } catch (PolyglotException e) {
      throw compileFailure(context, moduleName, e);
    }
  }

  /** Whether the module exports a function of that name (e.g. "request", "response"). */
  public boolean exports(JsModule module, String function) {
    return module.exportedFunctions().contains(function);
  }

  /**
   * Runs one exported handler with the given context. Never throws for problems in resolver code:
   * they come back as {@link JsOutcome#error()}.
   *
   * @throws IllegalArgumentException if the module belongs to another runtime or the context
   *     holds values that are not plain JSON
   * @throws IllegalStateException after {@link #close()}
   */
  public JsOutcome invoke(JsModule module, String function, JsInvocation invocation) {
    requireOpen();
    if (module.owner() != this) {
      throw new IllegalArgumentException(module + " was compiled by another JsRuntime");
    }
    Map<String, Object> stash = stashOf(invocation);
    if (!exports(module, function)) {
      String message = "Resolver code " + module.name() + " does not export a function named " + function;
      return JsOutcome.failure(new ResolverError(message, JsOutcome.CODE_ERROR, null, null), stash);
    }
    PooledContext context = pool.borrow();
    if (!context.hasLoaded(module.source())) {
      JsOutcome failed = load(context, module, stash);
      if (failed != null) {
        return failed;
      }
    }
    context.start(System.nanoTime() + options.timeoutMillis() * 1_000_000L);
    JsOutcome outcome;
    try {
      outcome = context.call(module, function, invocation, outcomes);
    } catch (PolyglotException e) {
      return invocationFailure(context, e, stash);
    } catch (IllegalArgumentException e) {
      if (context.finish()) {
        pool.release(context);
      }
      throw e;
    }
    if (!context.finish()) {
      return JsOutcome.timeout(options.timeoutMillis(), stash);
    }
    pool.release(context);
    return outcome;
  }

  /** Stops the watchdog and closes every context and the engine. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    watchdog.close();
    pool.close();
    engine.close(true);
  }

  private void prewarmPool() {
    try {
      pool.prewarm(options.maxPooledContexts());
    } catch (RuntimeException e) {
      // Only expected when the runtime is closed while warming; requests open contexts anyway.
      if (!closed) {
        System.getLogger(JsRuntime.class.getName())
            .log(System.Logger.Level.WARNING, "could not pre-open JS contexts", e);
      }
    }
  }

  private JsModule finishCompile(PooledContext context, JsModule module) throws JsCompileException {
    if (!context.finish()) {
      throw new JsCompileException(module.name(), module.name()
          + ": top-level code exceeded the time limit of " + compileMillis() + " ms", 0, 0);
    }
    pool.release(context);
    return module;
  }

  private static Set<String> exportedFunctions(PooledContext context, Source source) {
    Value namespace = context.namespace(source);
    Set<String> functions = new TreeSet<>();
    for (String key : namespace.getMemberKeys()) {
      if (namespace.getMember(key).canExecute()) {
        functions.add(key);
      }
    }
    return functions;
  }

  private JsCompileException compileFailure(PooledContext context, String moduleName, PolyglotException e) {
    boolean timedOut = !context.finish();
    if (!timedOut) {
      pool.discard(context);
    }
    return JsErrors.compileException(moduleName, e, timedOut, compileMillis());
  }

  /**
   * Evaluates the module in a context that has not seen it yet, on the compile budget: its
   * top-level code is not the handler's time. Returns the failure, or null once loaded.
   */
  private JsOutcome load(PooledContext context, JsModule module, Map<String, Object> stash) {
    context.start(System.nanoTime() + compileMillis() * 1_000_000L);
    try {
      context.namespace(module.source());
    } catch (PolyglotException e) {
      return invocationFailure(context, e, stash);
    }
    if (!context.finish()) {
      return JsOutcome.timeout(compileMillis(), stash);
    }
    return null;
  }

  private long compileMillis() {
    return Math.max(options.timeoutMillis(), MIN_COMPILE_MILLIS);
  }

  private JsOutcome invocationFailure(PooledContext context, PolyglotException e, Map<String, Object> stash) {
    if (!context.finish() || e.isCancelled()) {
      return JsOutcome.timeout(options.timeoutMillis(), stash);
    }
    if (e.isGuestException() && !e.isInternalError() && !e.isResourceExhausted()) {
      pool.release(context);
    } else {
      pool.discard(context);
    }
    return JsOutcome.failure(JsErrors.codeError(e), stash);
  }

  private String uniqueSourceName(String moduleName) {
    // A context caches modules by source name, so a recompiled module needs a fresh name.
    long seen = moduleNames.computeIfAbsent(moduleName, name -> new AtomicLong()).getAndIncrement();
    return seen == 0 ? moduleName : moduleName + "#" + (seen + 1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> stashOf(JsInvocation invocation) {
    Object stash = invocation.ctx().get("stash");
    return stash instanceof Map ? (Map<String, Object>) stash : Map.of();
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the JS runtime is closed");
    }
  }
}
