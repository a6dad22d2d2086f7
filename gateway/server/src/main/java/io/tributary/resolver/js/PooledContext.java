package io.tributary.resolver.js;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * One sandboxed JS context plus what it has loaded. A context runs on one thread at a time: the
 * pool hands it to one invocation, and the watchdog may cancel it through {@link #tryCancel}.
 */
final class PooledContext {

  private static final int IDLE = 0;
  private static final int RUNNING = 1;
  private static final int CANCELLED = 2;

  private final Context context;
  private final Value invoker;
  private final GuestJson guest;
  private final Map<Source, Map<String, Value>> functions = new HashMap<>();
  private final Map<Source, Value> namespaces = new HashMap<>();
  private final AtomicInteger state = new AtomicInteger(IDLE);
  private volatile long deadlineNanos;

  private PooledContext(Context context, Value invokerModule) {
    this.context = context;
    this.invoker = invokerModule.getMember("invoke");
    this.guest = new GuestJson(invokerModule.getMember("parseFromHost"), invokerModule.getMember("encodeForHost"));
  }

  /** Builds a context that can reach nothing but the shim modules and the host bridge. */
  static PooledContext open(Engine engine, ShimFileSystem files, HostBridge host, Source invoker) {
    Context context = Context.newBuilder("js")
        .engine(engine)
        .allowHostAccess(HostAccess.NONE)
        .allowHostClassLookup(className -> false)
        .allowHostClassLoading(false)
        .allowIO(IOAccess.newBuilder().fileSystem(files).build())
        .allowCreateThread(false)
        .allowCreateProcess(false)
        .allowNativeAccess(false)
        .allowEnvironmentAccess(EnvironmentAccess.NONE)
        .allowPolyglotAccess(PolyglotAccess.NONE)
        .allowInnerContextOptions(false)
        .allowExperimentalOptions(true)
        // Evaluating a module Source returns its namespace instead of undefined.
        .option("js.esm-eval-returns-exports", "true")
        .option("js.load", "false")
        .option("js.print", "false")
        .option("js.graal-builtin", "false")
        .option("js.polyglot-builtin", "false")
        .option("js.java-package-globals", "false")
        .option("js.console", "false")
        .in(InputStream.nullInputStream())
        .out(OutputStream.nullOutputStream())
        .err(OutputStream.nullOutputStream())
        .build();
    try {
      context.getBindings("js").putMember("__tributaryHost", host);
      return new PooledContext(context, context.eval(invoker));
    } catch (RuntimeException e) {
      context.close(true);
      throw e;
    }
  }

  /** Whether this context has evaluated {@code module} already. */
  boolean hasLoaded(Source module) {
    return namespaces.containsKey(module);
  }

  /** The module's namespace, evaluating the module the first time this context sees it. */
  Value namespace(Source module) {
    Value namespace = namespaces.get(module);
    if (namespace == null) {
      namespace = context.eval(module);
      namespaces.put(module, namespace);
    }
    return namespace;
  }

  /**
   * Runs one handler through the invoker.
   *
   * @throws IllegalArgumentException if the context holds values that are not plain JSON
   */
  JsOutcome call(JsModule module, String function, JsInvocation invocation, OutcomeReader outcomes) {
    Map<String, Value> handlers = functions.computeIfAbsent(module.source(), m -> new HashMap<>());
    Value handler = handlers.get(function);
    if (handler == null) {
      handler = namespace(module.source()).getMember(function);
      handlers.put(function, handler);
    }
    ObjectView ctx = ContextView.of(invocation.ctx(), guest);
    Value result = invoker.execute(handler, ctx, invocation.mutation(), ContextView.authType(invocation.ctx()));
    return outcomes.read(result, ctx, guest);
  }

  /** Marks the start of an invocation; the watchdog may cancel it after the deadline. */
  void start(long deadline) {
    deadlineNanos = deadline;
    state.set(RUNNING);
  }

  /** Ends an invocation; false if the watchdog cancelled it first (the context is then dead). */
  boolean finish() {
    return state.compareAndSet(RUNNING, IDLE);
  }

  /** Called by the watchdog: claims an overrunning invocation for cancellation. */
  boolean tryCancel(long now) {
    return state.get() == RUNNING && now - deadlineNanos > 0 && state.compareAndSet(RUNNING, CANCELLED);
  }

  boolean cancelled() {
    return state.get() == CANCELLED;
  }

  /** Closes the context, cancelling whatever it is running. */
  void close() {
    context.close(true);
  }
}
