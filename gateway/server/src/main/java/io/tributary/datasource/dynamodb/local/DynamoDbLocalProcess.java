package io.tributary.datasource.dynamodb.local;

import io.tributary.datasource.dynamodb.DynamoDbClientOptions;
import io.tributary.datasource.dynamodb.DynamoDbClients;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * DynamoDB Local running as a separate JVM. Its license forbids bundling it, and its AWS SDK
 * modules must not meet the gateway's, so it is started from the classpath file the build
 * writes, never loaded in-process.
 */
public final class DynamoDbLocalProcess {
  /** DynamoDB Local 3.x's entry point (1.x/2.x used {@code com.amazonaws.services...}). */
  public static final String MAIN_CLASS = "software.amazon.dynamodb.services.local.main.ServerRunner";
  private static final Duration STOP_GRACE = Duration.ofSeconds(5);
  private static final long POLL_MILLIS = 100;

  private final Vertx vertx;
  private final Context context;
  private final Process process;
  private final int port;
  private final Path log;
  private final Thread shutdownHook;

  private DynamoDbLocalProcess(Context context, Process process, int port, Path log) {
    this.vertx = context.owner();
    this.context = context;
    this.process = process;
    this.port = port;
    this.log = log;
    this.shutdownHook = new Thread(this::destroyNow, "dynamodb-local-stop-" + port);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts the process and completes once it answers a ListTables call. */
  public static Future<DynamoDbLocalProcess> start(Vertx vertx, DynamoDbLocalOptions options) {
    Context context = vertx.getOrCreateContext();
    Future<DynamoDbLocalProcess> launched =
        context.executeBlocking(() -> launch(context, options), false);
    return launched.compose(started -> started.awaitReady(options.startTimeout())
        .map(started)
        .recover(error -> started.kill().transform(ignored -> Future.failedFuture(error))));
  }

  private static DynamoDbLocalProcess launch(Context context, DynamoDbLocalOptions options)
      throws IOException {
    if (!Files.isRegularFile(options.classpathFile())) {
      throw new IllegalStateException("DynamoDB Local classpath file " + options.classpathFile()
          + " is missing; build the gateway/dynamodb-local module first");
    }
    String classpath = Files.readString(options.classpathFile(), StandardCharsets.UTF_8).trim();
    int port = options.port() == 0 ? freePort() : options.port();
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", classpath,
        MAIN_CLASS, "-sharedDb"));
    if (options.dbPath() == null) {
      command.add("-inMemory");
    } else {
      Files.createDirectories(options.dbPath());
      command.addAll(List.of("-dbPath", options.dbPath().toAbsolutePath().toString()));
    }
    command.addAll(List.of("-port", Integer.toString(port)));
    Path log = Files.createTempFile("dynamodb-local-" + port + "-", ".log");
    log.toFile().deleteOnExit();
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    return new DynamoDbLocalProcess(context, process, port, log);
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  // The port could in theory be taken between close and DynamoDB Local's bind; startup would
  // then fail loudly with the process log rather than hang.
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private Future<Void> awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    return context.executeBlocking(() -> DynamoDbClients.create(new DynamoDbClientOptions(
        "us-east-1", endpoint().toString(), "local", "local", null, Duration.ofSeconds(2), 0)),
        false).compose(probe -> {
          Promise<Void> ready = Promise.promise();
          poll(probe, deadline, ready);
          return ready.future().onComplete(ignored -> probe.close());
        });
  }

  private void poll(DynamoDbAsyncClient probe, long deadline, Promise<Void> ready) {
    if (!process.isAlive()) {
      ready.fail(new IllegalStateException("DynamoDB Local exited with code "
          + process.exitValue() + " during startup: " + logTail()));
      return;
    }
    if (System.nanoTime() > deadline) {
      ready.fail(new IllegalStateException("DynamoDB Local did not answer on port " + port
          + " in time: " + logTail()));
      return;
    }
    // Issued from a worker: the SDK marshals on the calling thread, and its first call loads
    // and initialises enough classes to stall an event loop for seconds.
    context.executeBlocking(() -> probe.listTables(b -> b.limit(1)), false)
        .compose(call -> Future.fromCompletionStage(call, context))
        .onSuccess(response -> ready.tryComplete())
        .onFailure(error -> vertx.setTimer(POLL_MILLIS, id -> poll(probe, deadline, ready)));
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log)";
    }
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public int port() {
    return port;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Asks the process to exit, forcing it after a grace period; completes once it is gone. */
  public Future<Void> stop() {
    process.destroy();
    long timer = vertx.setTimer(STOP_GRACE.toMillis(), id -> process.destroyForcibly());
    return exited().onComplete(ignored -> vertx.cancelTimer(timer));
  }

  /** Kills the process at once (simulates a crash); completes once it is gone. */
  public Future<Void> kill() {
    process.destroyForcibly();
    return exited();
  }

  private Future<Void> exited() {
    return Future.fromCompletionStage(process.onExit(), context)
        .<Void>mapEmpty()
        .onComplete(ignored -> cleanUp());
  }

  private void cleanUp() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to run; nothing to remove
    }
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // a leftover temp log is harmless
    }
  }

  // Runs in a shutdown hook, where blocking is fine and Vert.x may already be gone.
  private void destroyNow() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
