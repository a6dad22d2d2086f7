package io.tributary.interop;

import io.tributary.http.JsonCodec;
import io.tributary.testsupport.Await;
import io.tributary.testsupport.TestGateway;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * One real npm client library, run by {@code node} from src/test/js, subscribed to a gateway. The
 * script prints READY once its subscription is live, one JSON line per event and DONE after it
 * unsubscribed on "stop" (see harness.mjs). The process also ends itself after {@link #LIFETIME};
 * {@link #close} kills it by PID in any case.
 */
final class NodeClient implements AutoCloseable {
  static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration LIFETIME = Duration.ofMinutes(3);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

  private final String script;
  private final Process process;
  private final Path stderr;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private NodeClient(String script, Process process, Path stderr) {
    this.script = script;
    this.process = process;
    this.stderr = stderr;
    Thread reader = new Thread(this::readStdout, "node-" + script);
    reader.setDaemon(true);
    reader.start();
  }

  /** The folder with the client scripts and their node_modules. */
  static Path scriptsDir() {
    return TestGateway.repoRoot().resolve("gateway/server/src/test/js");
  }

  /**
   * Starts {@code node <script>} subscribed with {@code query}/{@code variables} against the HTTP(S)
   * GraphQL URL {@code url}; {@code env} is added to the child's environment.
   */
  static NodeClient start(String script, String url, String query, Map<String, Object> variables,
      Map<String, String> env) {
    Path dir = scriptsDir();
    // A script in a sub-folder (apollo-4.3/…) has its own pinned node_modules there.
    Path modules = dir.resolve(script).getParent().resolve("node_modules");
    if (!Files.isDirectory(modules)) {
      throw new IllegalStateException("no " + modules
          + ": run `npm ci` there (mvn runs it in generate-test-resources unless -Dskip.npm=true)");
    }
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("url", url);
    options.put("apiKey", TestGateway.API_KEY);
    options.put("query", query);
    options.put("variables", variables);
    options.put("lifetimeMs", LIFETIME.toMillis());
    try {
      Path stderr = Files.createTempFile("tributary-" + script.replace('/', '-'), ".stderr");
      ProcessBuilder builder = new ProcessBuilder("node", script, JsonCodec.writeString(options))
          .directory(dir.toFile())
          .redirectError(stderr.toFile());
      builder.environment().putAll(env);
      return new NodeClient(script, builder.start(), stderr);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run node " + script, e);
    }
  }

  /** Waits for READY; fails at once if the script reported an error or exited. */
  void awaitReady() {
    Await.until(READY_TIMEOUT, script + " to print READY", () -> lines.contains("READY") || failedEarly());
    if (!lines.contains("READY")) {
      throw new AssertionError(script + " did not get ready: " + diagnostics());
    }
  }

  /** The events received so far, each a GraphQL result such as {@code {"data": {...}}}. */
  List<Map<String, Object>> events() {
    return jsonLines("data");
  }

  /** The WebSockets the library opened: {@code {url, protocols}} each. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> openedSockets() {
    return jsonLines("opened").stream().map(line -> (Map<String, Object>) line.get("opened")).toList();
  }

  /** The types of the messages the library sent, in order (connection_init, start, stop...). */
  List<Object> sentTypes() {
    return jsonLines("sent").stream().map(line -> line.get("sent")).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> jsonLines(String key) {
    List<Map<String, Object>> found = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("{")) {
        Map<String, Object> parsed = (Map<String, Object>) JsonCodec.parse(line);
        if (parsed.containsKey(key)) {
          found.add(parsed);
        }
      }
    }
    return found;
  }

  /** Error lines the script printed (connection or subscription errors). */
  List<String> errors() {
    return lines.stream().filter(line -> line.startsWith("{\"error\"")).toList();
  }

  /** Waits until {@code count} events arrived; fails early if the script reported an error. */
  void awaitEvents(int count) {
    Await.until(Duration.ofSeconds(15), count + " event(s) at " + script,
        () -> events().size() >= count || failedEarly());
    if (events().size() < count) {
      throw new AssertionError("expected " + count + " event(s) at " + script + ": " + diagnostics());
    }
  }

  /** Sends "stop", then waits for DONE and a clean exit (status 0). */
  void stop() {
    try {
      OutputStream stdin = process.getOutputStream();
      stdin.write("stop\n".getBytes(StandardCharsets.UTF_8));
      stdin.flush();
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(script + " did not exit after stop: " + diagnostics());
      }
    } catch (IOException e) {
      throw new AssertionError(script + " is gone before stop: " + diagnostics(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    if (process.exitValue() != 0 || !lines.contains("DONE")) {
      throw new AssertionError(script + " did not stop cleanly (exit " + process.exitValue() + "): " + diagnostics());
    }
  }

  private boolean failedEarly() {
    return !process.isAlive() || !errors().isEmpty();
  }

  /** Everything the script printed, for failure messages. */
  String diagnostics() {
    String err;
    try {
      err = Files.readString(stderr, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err = "(stderr unreadable: " + e.getMessage() + ")";
    }
    return "stdout=" + lines + " stderr=" + (err.length() > 4000 ? err.substring(err.length() - 4000) : err);
  }

  private void readStdout() {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // the process was killed; what was read so far stays in lines
    }
  }

  @Override
  public void close() {
    ProcessHandle.of(process.pid()).ifPresent(handle -> {
      handle.descendants().forEach(ProcessHandle::destroyForcibly);
      handle.destroyForcibly();
    });
    try {
      process.waitFor(10, TimeUnit.SECONDS);
      Files.deleteIfExists(stderr);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // a leftover temp file is harmless
    }
  }
}
