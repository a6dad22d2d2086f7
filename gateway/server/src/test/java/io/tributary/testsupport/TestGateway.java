package io.tributary.testsupport;

import io.tributary.bootstrap.Gateway;
import io.tributary.config.ConfigBinder;
import io.tributary.config.GatewayConfig;
import io.tributary.http.JsonCodec;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real gateway on a free port for tests, configured from YAML like a user would, plus a small
 * HTTP client that speaks to it. Close it to stop the gateway and its Vert.x instance.
 */
public final class TestGateway implements AutoCloseable {
  public static final String API_KEY = "da2-testkey000000000000000001";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Vertx vertx;
  private final Gateway gateway;

  private TestGateway(Vertx vertx, Gateway gateway) {
    this.vertx = vertx;
    this.gateway = gateway;
  }

  /** The repository root, where source-apis/ and config/ live. */
  public static Path repoRoot() {
    String root = System.getProperty("tributary.repoRoot");
    Path path = root != null ? Path.of(root) : Path.of("../..");
    return path.toAbsolutePath().normalize();
  }

  /**
   * A copy of fixture {@code name} in a temporary folder with every {@code replacements} key
   * replaced by its value in each file (e.g. a placeholder endpoint by the test's own server).
   */
  public static Path fixtureCopy(String name, Map<String, String> replacements) {
    Path source = fixture(name);
    try {
      Path copy = java.nio.file.Files.createTempDirectory("tributary-" + name);
      try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(source)) {
        for (Path file : files.toList()) {
          Path target = copy.resolve(source.relativize(file).toString());
          if (java.nio.file.Files.isDirectory(file)) {
            java.nio.file.Files.createDirectories(target);
            continue;
          }
          String text = java.nio.file.Files.readString(file);
          for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            text = text.replace(replacement.getKey(), replacement.getValue());
          }
          java.nio.file.Files.writeString(target, text);
        }
      }
      return copy;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A test fixture folder under src/test/resources/fixtures. */
  public static Path fixture(String name) {
    return repoRoot().resolve("gateway/server/src/test/resources/fixtures").resolve(name);
  }

  /**
   * Starts a gateway whose configuration is the defaults plus {@code extraYaml}, serving the
   * source APIs in {@code sourceApis}.
   */
  public static TestGateway start(Path sourceApis, String extraYaml) {
    String yaml = """
        server:
          port: 0
          host: 127.0.0.1
        sourceApis:
          directory: %s
        auth:
          apiKeys:
            - id: test
              key: %s
              expires: 2099-01-01T00:00:00Z
            - id: expired
              key: da2-expiredkey0000000000000001
              expires: 2001-01-01T00:00:00Z
        """.formatted(sourceApis.toAbsolutePath(), API_KEY) + extraYaml;
    GatewayConfig config = new ConfigBinder(Map.of()).bind(yaml, "test.yaml", GatewayConfig.class);
    Vertx vertx = Vertx.vertx();
    try {
      return new TestGateway(vertx, Gateway.start(vertx, config, repoRoot()));
    } catch (RuntimeException e) {
      vertx.close();
      throw e;
    }
  }

  public Gateway gateway() {
    return gateway;
  }

  public URI graphqlUri() {
    return URI.create(gateway.graphqlUrl());
  }

  /** POSTs a JSON GraphQL request with the test API key. */
  public Response post(String query, Map<String, Object> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    if (variables != null) {
      body.put("variables", variables);
    }
    return send(HttpRequest.newBuilder(graphqlUri())
        .header("content-type", "application/json")
        .header("x-api-key", API_KEY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(JsonCodec.write(body))));
  }

  public Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    gateway.close();
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }

  /** An HTTP answer with its body parsed as JSON. */
  public record Response(int status, String body, HttpResponse<String> raw) {
    @SuppressWarnings("unchecked")
    public Map<String, Object> json() {
      return (Map<String, Object>) JsonCodec.parse(body);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> firstError() {
      return ((java.util.List<Map<String, Object>>) json().get("errors")).get(0);
    }

    @SuppressWarnings("unchecked")
    public Object data(String field) {
      Map<String, Object> data = (Map<String, Object>) json().get("data");
      return data == null ? null : data.get(field);
    }
  }
}
