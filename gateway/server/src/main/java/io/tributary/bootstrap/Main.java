package io.tributary.bootstrap;

import io.tributary.composition.CompositionResult;
import io.tributary.composition.source.LoadedSourceApi;
import io.tributary.composition.source.SourceApiException;
import io.tributary.composition.source.SourceApiLoader;
import io.tributary.config.ApiKeyConfig;
import io.tributary.config.ConfigException;
import io.tributary.config.ConfigLoader;
import io.tributary.config.GatewayConfig;
import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code tributary run} starts the gateway; {@code tributary compose} merges the source APIs and
 * prints the merged SDL (or every conflict, exiting 1) so a team can check its change in CI.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    String command = args.length == 0 || args[0].startsWith("--") ? "run" : args[0];
    String[] rest = args.length == 0 || args[0].startsWith("--") ? args : Arrays.copyOfRange(args, 1, args.length);
    try {
      return switch (command) {
        case "run" -> serve(rest, out);
        case "compose" -> compose(rest, out, err);
        case "token" -> token(rest, out);
        case "cache" -> cache(rest, out);
        case "help", "--help", "-h" -> usage(out, 0);
        default -> usage(err, 2);
      };
    } catch (ConfigException | SourceApiException | IllegalArgumentException | IllegalStateException e) {
      err.println("tributary: " + e.getMessage());
      return 1;
    }
  }

  private static int usage(PrintStream stream, int code) {
    stream.println("usage: tributary [run] [--config FILE]");
    stream.println("       tributary compose [--config FILE] [--source-apis DIR] [--out FILE | --check-against SDL]");
    stream.println("       tributary token --user NAME [--groups a,b] [--use id|access] [--lifetime 1h] [--config FILE]");
    stream.println("  run      start the gateway (default config: config/gateway.yaml, or $TRIBUTARY_CONFIG)");
    stream.println("  compose  merge the source APIs; print the merged SDL, or every conflict and exit 1");
    stream.println("  token    mint a token from the local development issuer (auth.localIssuer)");
    stream.println("  cache flush [--url http://HOST:PORT] [--config FILE]");
    stream.println("           empty the API cache of a running gateway (needs cache.adminToken)");
    return code;
  }

  private static int serve(String[] args, PrintStream out) {
    GatewayConfig config = loadConfig(args);
    Vertx vertx = Vertx.vertx();
    Gateway gateway = Gateway.start(vertx, config, Path.of("."));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // SIGTERM (an orchestrator stopping the node): drain first, so no answered-for request is lost.
      int unanswered = gateway.drain(config.server().requestTimeout().plusSeconds(1));
      if (unanswered > 0) {
        System.err.println("tributary: stopping with " + unanswered + " request(s) still unanswered");
      }
      gateway.close();
      Gateway.await(vertx.close());
    }, "tributary-shutdown"));
    out.println("Tributary is serving GraphQL at " + gateway.graphqlUrl());
    out.println("  realtime (AppSync protocol): " + gateway.realtimeUrl());
    for (ApiKeyConfig key : config.auth().apiKeys()) {
      out.println("  API key '" + key.displayId() + "': " + key.key() + "  (expires " + key.expires() + ")");
    }
    return waitForever();
  }

  private static int waitForever() {
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static int compose(String[] args, PrintStream out, PrintStream err) throws IllegalArgumentException {
    GatewayConfig config = loadConfig(args);
    String dir = option(args, "--source-apis", config.sourceApis().directory().toString());
    List<LoadedSourceApi> apis = SourceApiLoader.load(Path.of(dir), option(args, "--source-apis", null) != null ? List.of() : config.sourceApis().include());
    CompositionResult result = GraphBuilder.compose(apis, config.auth());
    if (!result.succeeded()) {
      result.problems().forEach(err::println);
      err.println(result.problems().size() + " problem(s): the source APIs cannot be merged.");
      return 1;
    }
    String sdl = result.orElseThrow().sdl();
    String previous = option(args, "--check-against", null);
    if (previous != null) {
      return check(previous, sdl, out, err);
    }
    String target = option(args, "--out", null);
    if (target == null) {
      out.print(sdl);
      return 0;
    }
    try {
      Files.writeString(Path.of(target), sdl);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot write " + target + ": " + e.getMessage());
    }
    out.println("merged " + apis.size() + " source APIs into " + target);
    return 0;
  }

  /**
   * {@code compose --check-against FILE}: lists the breaking changes from FILE's SDL to the new
   * merge and exits 1 when there are any (dangers are listed but do not fail).
   */
  private static int check(String previousFile, String sdl, PrintStream out, PrintStream err) {
    String previous;
    try {
      previous = Files.readString(Path.of(previousFile));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot read " + previousFile + ": " + e.getMessage());
    }
    io.tributary.composition.BreakingChanges check = io.tributary.composition.BreakingChanges.between(previous, sdl);
    check.dangers().forEach(line -> out.println("dangerous: " + line));
    check.breakages().forEach(line -> err.println("breaking: " + line));
    if (check.breaking()) {
      err.println(check.breakages().size() + " breaking change(s) against " + previousFile + ".");
      return 1;
    }
    out.println("no breaking changes against " + previousFile
        + (check.dangers().isEmpty() ? "" : " (" + check.dangers().size() + " dangerous)"));
    return 0;
  }

  /** Prints a token of the local issuer: the same key file the running gateway verifies with. */
  private static int token(String[] args, PrintStream out) {
    GatewayConfig config = loadConfig(args);
    var local = config.auth().localIssuer();
    if (!local.enabled()) {
      throw new IllegalArgumentException("auth.localIssuer.enabled is false in this configuration");
    }
    String user = option(args, "--user", null);
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("token: --user NAME is required");
    }
    String groups = option(args, "--groups", "");
    String use = option(args, "--use", "id");
    if (!use.equals("id") && !use.equals("access")) {
      throw new IllegalArgumentException("token: --use must be id or access");
    }
    java.time.Duration lifetime = option(args, "--lifetime", null) == null ? local.tokenLifetime()
        : io.tributary.config.ScalarConverter.toDuration(option(args, "--lifetime", null));
    var issuer = io.tributary.auth.local.LocalIssuer.open(local.issuer(), local.keyFile(), java.time.Clock.systemUTC());
    List<String> groupList = groups.isBlank() ? List.of() : Arrays.stream(groups.split(",")).map(String::trim)
        .filter(g -> !g.isEmpty()).toList();
    out.println(issuer.mint(user, groupList, use, lifetime, null));
    return 0;
  }

  /** {@code cache flush}: asks a running gateway to empty its API cache (POST /admin/cache/flush). */
  private static int cache(String[] args, PrintStream out) {
    if (args.length == 0 || !args[0].equals("flush")) {
      throw new IllegalArgumentException("usage: tributary cache flush [--url URL] [--config FILE]");
    }
    GatewayConfig config = loadConfig(args);
    String token = config.cache().adminToken();
    if (token.isEmpty()) {
      throw new IllegalArgumentException("cache.adminToken is empty in this configuration: the flush endpoint is off");
    }
    String scheme = config.server().tls().enabled() ? "https" : "http";
    String url = option(args, "--url", scheme + "://localhost:" + config.server().port());
    try {
      var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + io.tributary.cache.CacheAdminRoutes.PATH))
          .header("x-tributary-admin-token", token)
          .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
          .timeout(java.time.Duration.ofSeconds(30))
          .build();
      var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      out.println(response.body());
      return response.statusCode() == 200 ? 0 : 1;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot reach " + url + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private static GatewayConfig loadConfig(String[] args) {
    Path path = ConfigLoader.resolveConfigPath(args, System.getenv());
    return ConfigLoader.load(path, System.getenv());
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
