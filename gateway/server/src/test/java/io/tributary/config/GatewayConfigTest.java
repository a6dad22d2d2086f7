package io.tributary.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayConfigTest {
  private static final String ONE_KEY =
      "auth:\n  apiKeys:\n    - {id: k1, key: secret-1, expires: 2099-12-31T23:59:59Z}\n";

  private static Path shippedConfig() {
    return Path.of(System.getProperty("tributary.repoRoot", "."), "config", "gateway.yaml");
  }

  private static GatewayConfig bind(String yaml) {
    return new ConfigBinder(Map.of()).bind(yaml, "gateway.yaml", GatewayConfig.class);
  }

  private static List<String> problems(String yaml) {
    ConfigException e = assertThrows(ConfigException.class, () -> bind(yaml));
    return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  @Test
  void shippedConfigBindsToTheDefaultsWithTheDevelopmentKey() {
    GatewayConfig config = ConfigLoader.load(shippedConfig(), Map.of());
    ApiKeyConfig key = config.auth().apiKeys().get(0);
    assertEquals("da2-tributarylocaldevelopment0001", key.key());
    assertEquals(Instant.parse("2099-12-31T23:59:59Z"), key.expires());
    AuthConfig defaults = AuthConfig.defaults();
    AuthConfig auth = new AuthConfig(AuthMode.API_KEY, java.util.Set.of(AuthMode.AMAZON_COGNITO_USER_POOLS),
        List.of(key), new CognitoConfig("local_tributary", null, null, CognitoConfig.DefaultAction.ALLOW, "local", null),
        null, defaults.jwt(), new LocalIssuerConfig(true, defaults.localIssuer().issuer(),
            defaults.localIssuer().keyFile(), defaults.localIssuer().tokenLifetime()), null, null);
    GatewayConfig expected = new GatewayConfig(ServerConfig.defaults(), RealtimeConfig.defaults(),
        SourceApisConfig.defaults(), auth,
        LimitsConfig.defaults(), ResolversConfig.defaults(), DocumentCacheConfig.defaults(),
        DynamoDbConfig.defaults(), RedisConfig.defaults(), new PaginationConfig(""), CacheConfig.defaults(),
        EventBridgeConfig.defaults(), LambdaClientConfig.defaults(), HttpDataSourcesConfig.defaults(),
        MetricsConfig.defaults());
    assertEquals(expected, config);
  }

  @Test
  void shippedConfigReadsTheApiKeyAndTokenSecretFromTheEnvironment() {
    GatewayConfig config = ConfigLoader.load(shippedConfig(),
        Map.of("TRIBUTARY_API_KEY", "da2-fromenvironment", "TRIBUTARY_TOKEN_SECRET", "0123456789abcdef0123"));
    assertEquals("da2-fromenvironment", config.auth().apiKeys().get(0).key());
    assertEquals("0123456789abcdef0123", config.pagination().tokenSecret());
  }

  @Test
  void shippedConfigListsEveryKey() {
    BoundDocument<GatewayConfig> bound = new ConfigBinder(Map.of()).bindFile(shippedConfig(), GatewayConfig.class);
    List<String> missing = new ArrayList<>();
    collectMissing(GatewayConfig.class, GatewayConfig.defaults(), "", bound.lines(), missing);
    assertEquals(List.of(), missing);
  }

  /** Every component must appear; records with a non-null default must list their own keys too. */
  private static void collectMissing(Class<?> type, Object defaults, String path, Map<String, Integer> lines,
      List<String> missing) {
    for (RecordShape.Component component : RecordShape.of(type).components()) {
      String child = ConfigPaths.child(path, component.name());
      if (!lines.containsKey(child)) {
        missing.add(child);
      }
      Object value = component.defaultFrom(defaults);
      if (component.rawType().isRecord() && value != null) {
        collectMissing(component.rawType(), value, child, lines, missing);
      }
    }
  }

  @Test
  void defaultsAreVisibleWhenOnlyAnApiKeyIsGiven() {
    GatewayConfig config = bind(ONE_KEY);
    assertEquals(8080, config.server().port());
    assertEquals(Duration.ofSeconds(300), config.realtime().connectionTimeout());
    assertEquals(100, config.realtime().maxSubscriptionsPerConnection());
    assertEquals(Path.of("source-apis"), config.sourceApis().directory());
    assertEquals(10_000, config.limits().resolverCount());
    assertTrue(config.dynamodb().shouldCreateTables());
    assertNull(config.dynamodb().credentials());
    assertFalse(config.redis().enabled());
    assertFalse(config.pagination().hasTokenSecret());
  }

  @Test
  void createTablesDefaultsFollowTheMode() {
    assertFalse(bind(ONE_KEY + "dynamodb: {mode: aws}").dynamodb().shouldCreateTables());
    assertTrue(bind(ONE_KEY + "dynamodb: {mode: aws, createTables: true}").dynamodb().shouldCreateTables());
  }

  @Test
  void apiKeyModeWithoutKeysIsAProblem() {
    assertEquals(List.of("auth.apiKeys: API_KEY is in use, so at least one API key is required"), problems(""));
    assertTrue(bind("auth: {defaultMode: AWS_IAM, iam: {credentials: [{accessKeyId: AKID, secretAccessKey: s}]}}")
        .auth().apiKeys().isEmpty());
  }

  @Test
  void apiKeyIdsMustBeUniqueAndSecretsAreNotEchoed() {
    String yaml = "auth:\n  apiKeys:\n    - {id: a, key: s1, expires: 2099-01-01T00:00:00Z}\n"
        + "    - {id: a, key: s1, expires: 2099-01-01T00:00:00Z}\n";
    List<String> found = problems(yaml);
    assertEquals(List.of("auth.apiKeys[1]: duplicate API key id 'a'",
        "auth.apiKeys[1].key: repeats the secret of an earlier API key"), found);
  }

  @Test
  void tlsNeedsBothPathsWhenEnabled() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> bind(ONE_KEY + "server:\n  tls:\n    enabled: true\n"));
    assertEquals(List.of("server.tls.certificatePath@5", "server.tls.keyPath@5"),
        e.problems().stream().map(p -> p.path() + "@" + p.line()).toList());
  }

  @Test
  void rangesFollowAppSyncLimits() {
    assertEquals(List.of("limits.queryDepth: must be between 0 and 75, got 76",
        "limits.resolverCount: must be between 1 and 10000, got 0"),
        problems(ONE_KEY + "limits: {queryDepth: 76, resolverCount: 0}"));
  }

  @Test
  void crossFieldRulesAcrossSections() {
    List<String> found = problems(ONE_KEY + "realtime:\n  path: /graphql\n  keepAliveInterval: 10m\n"
        + "credentials: {}\n");
    assertEquals(List.of("realtime.keepAliveInterval: must be shorter than connectionTimeout (PT5M)",
        "credentials: unknown key 'credentials' (allowed: server, realtime, sourceApis, auth, limits, resolvers,"
            + " documentCache, dynamodb, redis, pagination, cache, eventBridge, lambda,"
            + " httpDataSources, metrics)"), found);
  }

  @Test
  void realtimePathMustDifferFromGraphqlPath() {
    assertEquals(List.of("realtime.path: must differ from server.graphqlPath (use realtime.host to serve both on one path)"),
        problems(ONE_KEY + "realtime: {path: /graphql}"));
  }

  @Test
  void staticCredentialsNeedBothHalves() {
    assertEquals(List.of("dynamodb.credentials.secretAccessKey: missing required key 'secretAccessKey'"),
        problems(ONE_KEY + "dynamodb:\n  credentials:\n    accessKeyId: AKIA\n"));
  }

  @Test
  void shortTokenSecretIsAProblem() {
    assertEquals(List.of("pagination.tokenSecret: must be empty (random per start) or at least 16 characters"),
        problems(ONE_KEY + "pagination: {tokenSecret: short}"));
  }

  @Test
  void configPathComesFromFlagThenEnvironmentThenDefault() {
    Map<String, String> env = Map.of(ConfigLoader.CONFIG_ENV, "/etc/tributary.yaml");
    assertEquals(Path.of("a.yaml"), ConfigLoader.resolveConfigPath(new String[] {"run", "--config", "a.yaml"}, env));
    assertEquals(Path.of("b.yaml"), ConfigLoader.resolveConfigPath(new String[] {"--config=b.yaml"}, env));
    assertEquals(Path.of("/etc/tributary.yaml"), ConfigLoader.resolveConfigPath(new String[] {"run"}, env));
    assertEquals(Path.of("config/gateway.yaml"), ConfigLoader.resolveConfigPath(new String[0], Map.of()));
    assertThrows(ConfigException.class, () -> ConfigLoader.resolveConfigPath(new String[] {"--config"}, env));
  }

  @Test
  void missingFileIsReportedWithItsPath(@TempDir Path dir) {
    Path file = dir.resolve("absent.yaml");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, Map.of()));
    assertEquals(file.toString(), e.source());
    assertEquals("file not found", e.problems().get(0).message());
  }

  @Test
  void loadReportsProblemsWithFileAndLine(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("gateway.yaml"), ONE_KEY + "server:\n  prot: 1\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, Map.of()));
    assertTrue(e.getMessage().contains(file + ":5: server.prot: unknown key 'prot'; did you mean 'port'?"),
        e.getMessage());
  }
}
