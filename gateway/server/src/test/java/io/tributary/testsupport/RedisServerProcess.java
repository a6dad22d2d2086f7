package io.tributary.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real {@code redis-server} child process on a free local port, without persistence. Tests can
 * kill it by PID (SIGKILL, as a crash would) and start a fresh one on the same port to exercise
 * reconnects. Every server still alive at JVM exit is killed by a shutdown hook.
 */
public final class RedisServerProcess implements AutoCloseable {
  public static final String BINARY = "/usr/bin/redis-server";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
  private static final Set<ProcessHandle> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(
        new Thread(() -> LIVE.forEach(ProcessHandle::destroyForcibly), "redis-server-reaper"));
  }

  private final int port;
  private final Path workDir;
  private final Path logFile;
  private volatile Process process;

  private RedisServerProcess(int port) {
    this.port = port;
    try {
      this.workDir = Files.createTempDirectory("tributary-redis-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.logFile = workDir.resolve("redis.log");
  }

  /** Starts a server on a free port and returns once it answers PING. */
  public static RedisServerProcess start() {
    RedisServerProcess server = new RedisServerProcess(freePort());
    server.launch();
    return server;
  }

  public int port() {
    return port;
  }

  /** A connection string for the Redis client, {@code redis://127.0.0.1:<port>}. */
  public String endpoint() {
    return "redis://127.0.0.1:" + port;
  }

  public long pid() {
    Process current = process;
    if (current == null) {
      throw new IllegalStateException("redis-server on port " + port + " is not running");
    }
    return current.pid();
  }

  public boolean isRunning() {
    Process current = process;
    return current != null && current.isAlive();
  }

  /** Kills the server with SIGKILL by PID and waits until the process is gone. */
  public void stop() {
    Process current = process;
    process = null;
    if (current == null) {
      return;
    }
    ProcessHandle.of(current.pid()).ifPresent(ProcessHandle::destroyForcibly);
    LIVE.remove(current.toHandle());
    waitForExit(current);
  }

  /** Starts a new server on the same port (killing the current one first if it still runs). */
  public void restartSamePort() {
    stop();
    launch();
  }

  /** Sends one command with a fresh blocking connection; see {@link RespProbe#command}. */
  public Object command(String... args) {
    return RespProbe.command(port, args);
  }

  /** How many connections subscribe to {@code channel} (classic pub/sub). */
  public long subscriberCount(String channel) {
    return countFrom(command("PUBSUB", "NUMSUB", channel));
  }

  /** How many connections subscribe to {@code channel} (sharded pub/sub). */
  public long shardSubscriberCount(String channel) {
    return countFrom(command("PUBSUB", "SHARDNUMSUB", channel));
  }

  @Override
  public void close() {
    stop();
    try (var files = Files.walk(workDir)) {
      files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp directory is harmless
    }
  }

  private void launch() {
    ProcessBuilder builder = new ProcessBuilder(
        BINARY, "--port", String.valueOf(port), "--save", "", "--appendonly", "no",
        "--bind", "127.0.0.1", "--dir", workDir.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + BINARY + " (apt-get install redis-server)", e);
    }
    LIVE.add(process.toHandle());
    Process started = process;
    Await.until(START_TIMEOUT, "redis-server on port " + port + " to accept connections",
        () -> !started.isAlive() || RespProbe.answersPing(port));
    if (!started.isAlive()) {
      throw new IllegalStateException("redis-server on port " + port + " exited: " + logTail());
    }
  }

  private static long countFrom(Object reply) {
    List<?> pair = (List<?>) reply;
    return (Long) pair.get(1);
  }

  private static void waitForExit(Process current) {
    try {
      current.onExit().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("redis-server pid " + current.pid() + " did not exit", e);
    }
  }

  private String logTail() {
    try {
      String log = Files.readString(logFile, StandardCharsets.UTF_8);
      return log.length() > 2000 ? log.substring(log.length() - 2000) : log;
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
