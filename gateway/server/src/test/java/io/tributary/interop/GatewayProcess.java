package io.tributary.interop;

import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gateway in its own JVM, started the way an operator starts one ({@code Main run --config}),
 * on the test JVM's class path. {@link #close} kills it by PID.
 */
final class GatewayProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Pattern SERVING = Pattern.compile("serving GraphQL at (\\S+)");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String name;
  private final Process process;
  private final Path workDir;
  private final List<String> stdout = new CopyOnWriteArrayList<>();

  private GatewayProcess(String name, Process process, Path workDir) {
    this.name = name;
    this.process = process;
    this.workDir = workDir;
    Thread reader = new Thread(this::readStdout, "gateway-" + name);
    reader.setDaemon(true);
    reader.start();
  }

  /** Spawns {@code java ... Main run --config <yaml>}; call {@link #awaitServing} before use. */
  static GatewayProcess launch(String name, String yaml) {
    try {
      Path workDir = Files.createTempDirectory("tributary-node-" + name + "-");
      Path config = Files.writeString(workDir.resolve("gateway.yaml"), yaml);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-Xss4m",
          "-Dpolyglot.engine.WarnInterpreterOnly=false", "-cp", System.getProperty("java.class.path"),
          "io.tributary.bootstrap.Main", "run", "--config", config.toString())
          .directory(TestGateway.repoRoot().toFile())
          .redirectError(workDir.resolve("stderr.log").toFile());
      return new GatewayProcess(name, builder.start(), workDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start gateway " + name, e);
    }
  }

  /** Waits for the "serving GraphQL" line. */
  GatewayProcess awaitServing() {
    Await.until(START_TIMEOUT, "gateway " + name + " to serve GraphQL",
        () -> graphqlUrlIfServing().isPresent() || !process.isAlive());
    if (graphqlUrlIfServing().isEmpty()) {
      throw new AssertionError("gateway " + name + " did not start: " + diagnostics());
    }
    return this;
  }

  String graphqlUrl() {
    return graphqlUrlIfServing().orElseThrow();
  }

  /** The AppSync real-time URL under the default realtime.path. */
  String realtimeUrl() {
    return graphqlUrl().replaceFirst("^http", "ws") + "/realtime";
  }

  TestGateway.Response post(String query, Map<String, Object> variables) {
    return JsonHttp.post(HTTP, graphqlUrl(), query, variables);
  }

  private Optional<String> graphqlUrlIfServing() {
    for (String line : stdout) {
      Matcher matcher = SERVING.matcher(line);
      if (matcher.find()) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  String diagnostics() {
    String stderr;
    try {
      stderr = Files.readString(workDir.resolve("stderr.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      stderr = "(unreadable: " + e.getMessage() + ")";
    }
    return "alive=" + process.isAlive() + " stdout=" + stdout + " stderr="
        + (stderr.length() > 4000 ? stderr.substring(stderr.length() - 4000) : stderr);
  }

  private void readStdout() {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        stdout.add(line);
      }
    } catch (IOException e) {
      // killed; keep what was read
    }
  }

  @Override
  public void close() {
    ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var files = Files.walk(workDir)) {
      files.sorted((x, y) -> y.getNameCount() - x.getNameCount()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a leftover temp directory is harmless
    }
  }
}
