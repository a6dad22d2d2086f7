package io.tributary.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigBinderConfigTest {

  enum Color { RED, DARK_BLUE }

  record Tls(boolean enabled, Path certificatePath) implements ConfigValidation {
    static Tls defaults() {
      return new Tls(false, null);
    }

    @Override
    public List<ConfigProblem> validate(String path) {
      return new ConfigChecks(path)
          .require(!enabled || certificatePath != null, "certificatePath", "required when enabled")
          .problems();
    }
  }

  record Server(String host, int port, long bytes, double ratio, Duration timeout, Tls tls) {
    static Server defaults() {
      return new Server("0.0.0.0", 8080, 10L, 0.5, Duration.ofSeconds(30), Tls.defaults());
    }
  }

  record Key(String id, @Required String key, @Required Instant expires) {}

  record Extra(String note) {}

  record Root(Server server, List<Key> keys, Set<Color> colors, Map<String, Integer> weights,
      Map<String, Key> named, Boolean flag, Color color, Extra extra) {
    static Root defaults() {
      return new Root(Server.defaults(), List.of(), Set.of(Color.RED), Map.of(), Map.of(), null, Color.RED, null);
    }
  }

  record Positive(int value) {
    Positive {
      if (value < 0) {
        throw new IllegalArgumentException("value must not be negative");
      }
    }
  }

  record Holder(Positive positive) {}

  private final ConfigBinder binder = new ConfigBinder(Map.of());

  private ConfigException failure(String yaml) {
    return assertThrows(ConfigException.class, () -> binder.bind(yaml, "test.yaml", Root.class));
  }

  @Test
  void emptyDocumentYieldsTheDefaults() {
    Root root = binder.bind("", "test.yaml", Root.class);
    assertEquals(Root.defaults(), root);
  }

  @Test
  void givenKeysOverrideDefaultsKeyByKeyInNestedRecords() {
    Root root = binder.bind("server:\n  port: 9090\n  tls:\n    enabled: false\n", "t", Root.class);
    assertEquals(9090, root.server().port());
    assertEquals("0.0.0.0", root.server().host());
    assertEquals(Duration.ofSeconds(30), root.server().timeout());
  }

  @Test
  void bindsEverySupportedType() {
    String yaml = String.join("\n",
        "server: {host: example.org, port: 1, bytes: 9000000000, ratio: 1.5, timeout: 1h30m}",
        "keys:",
        "  - {id: a, key: secret, expires: 2099-12-31T23:59:59Z}",
        "colors: [dark_blue, Red]",
        "weights: {x: 1, y: 2}",
        "named:",
        "  first: {key: k, expires: '2030-01-01T00:00:00+01:00'}",
        "flag: TRUE",
        "color: DARK_BLUE",
        "extra: {note: hi}");
    Root root = binder.bind(yaml, "t", Root.class);
    assertEquals(9_000_000_000L, root.server().bytes());
    assertEquals(1.5, root.server().ratio());
    assertEquals(Duration.ofMinutes(90), root.server().timeout());
    assertEquals(Instant.parse("2099-12-31T23:59:59Z"), root.keys().get(0).expires());
    assertEquals(List.of(Color.DARK_BLUE, Color.RED), List.copyOf(root.colors()));
    assertEquals(Map.of("x", 1, "y", 2), root.weights());
    assertEquals(Instant.parse("2029-12-31T23:00:00Z"), root.named().get("first").expires());
    assertEquals(Boolean.TRUE, root.flag());
    assertEquals("hi", root.extra().note());
  }

  @Test
  void durationsAcceptUnitsAndIso8601() {
    for (var c : Map.of("500ms", Duration.ofMillis(500), "5s", Duration.ofSeconds(5), "2m", Duration.ofMinutes(2),
        "1h", Duration.ofHours(1), "PT5S", Duration.ofSeconds(5), "1d", Duration.ofDays(1)).entrySet()) {
      Root root = binder.bind("server: {timeout: " + c.getKey() + "}", "t", Root.class);
      assertEquals(c.getValue(), root.server().timeout(), c.getKey());
    }
  }

  @Test
  void recordWithNullDefaultStaysAbsentUnlessGiven() {
    assertNull(binder.bind("color: red", "t", Root.class).extra());
    assertNull(binder.bind("extra:", "t", Root.class).extra(), "an empty value means absent");
    assertNull(binder.bind("extra: {}", "t", Root.class).extra().note());
  }

  @Test
  void unknownKeySuggestsTheNearestName() {
    ConfigException e = failure("server:\n  prot: 8080\n");
    assertEquals(List.of(new ConfigProblem("server.prot", 2, "unknown key 'prot'; did you mean 'port'?")),
        e.problems());
  }

  @Test
  void unknownKeyWithoutCloseMatchListsTheAllowedKeys() {
    ConfigException e = failure("server:\n  zzzzzzzz: 1\n");
    assertEquals("unknown key 'zzzzzzzz' (allowed: host, port, bytes, ratio, timeout, tls)",
        e.problems().get(0).message());
  }

  @Test
  void wrongTypesAreReportedWithWhatWasExpected() {
    ConfigException e = failure("server:\n  port: abc\n  tls: [1]\ncolor: green\nkeys: {a: 1}\n");
    assertEquals(List.of(
        new ConfigProblem("server.port", 2, "expected an integer, got 'abc'"),
        new ConfigProblem("server.tls", 3, "expected a mapping, got a list"),
        new ConfigProblem("color", 4, "'green' is not allowed; expected one of RED, DARK_BLUE"),
        new ConfigProblem("keys", 5, "expected a list, got a mapping")), e.problems());
  }

  @Test
  void everyProblemIsReportedAtOnceWithPathAndLine() {
    String yaml = String.join("\n",
        "server:",
        "  hots: x",
        "  timeout: soon",
        "  tls:",
        "    enabled: maybe",
        "keys:",
        "  - key: a",
        "    expires: 2099-01-01T00:00:00Z",
        "  - key: b",
        "    expires: tomorrow",
        "  - id: c",
        "weights: {x: 1.5}");
    ConfigException e = failure(yaml);
    assertEquals(List.of(
        "server.hots@2", "server.timeout@3", "server.tls.enabled@5", "keys[1].expires@10",
        "keys[2].key@11", "keys[2].expires@11", "weights.x@12"),
        e.problems().stream().map(p -> p.path() + "@" + p.line()).toList());
    String[] lines = e.getMessage().split(System.lineSeparator());
    assertEquals(8, lines.length);
    assertEquals("  test.yaml:10: keys[1].expires: expected an ISO-8601 instant such as 2099-12-31T23:59:59Z,"
        + " got 'tomorrow'", lines[4]);
    assertEquals("  test.yaml:11: keys[2].key: missing required key 'key'", lines[5]);
  }

  @Test
  void outOfRangeIntegersAreProblems() {
    ConfigException e = failure("server: {port: 99999999999}");
    assertTrue(e.problems().get(0).message().contains("out of range"), e.getMessage());
  }

  @Test
  void validationProblemsGetTheLineOfTheirNearestBoundAncestor() {
    ConfigException e = failure("server:\n  port: 1\n  tls:\n    enabled: true\n");
    assertEquals(List.of(new ConfigProblem("server.tls.certificatePath", 3, "required when enabled")),
        e.problems());
  }

  @Test
  void duplicateKeysAreProblems() {
    ConfigException e = failure("color: red\ncolor: red\n");
    assertEquals(List.of(new ConfigProblem("color", 2, "duplicate key 'color' (first given at line 1)")),
        e.problems());
  }

  @Test
  void aliasesAreRejectedRatherThanBoundAsTheirName() {
    ConfigException e = failure("server:\n  host: &h example.org\ncolor: *h\n");
    assertEquals(List.of(new ConfigProblem("color", 3, "YAML aliases (*name) are not supported; repeat the value")),
        e.problems());
  }

  @Test
  void quotedEmptyStringIsAStringWhileAnEmptyValueIsAbsent() {
    assertEquals("", binder.bind("server: {host: \"\"}", "t", Root.class).server().host());
    assertEquals("0.0.0.0", binder.bind("server:\n  host:\n", "t", Root.class).server().host());
  }

  @Test
  void duplicateSetEntriesAreProblems() {
    ConfigException e = failure("colors:\n  - red\n  - RED\n");
    assertEquals(List.of(new ConfigProblem("colors[1]", 3, "duplicate entry 'RED'")), e.problems());
  }

  @Test
  void invalidYamlIsOneProblemWithItsLine() {
    ConfigException e = failure("server:\n  port: [1, 2\n");
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).message().startsWith("invalid YAML"), e.getMessage());
    assertTrue(e.problems().get(0).line() > 0);
  }

  @Test
  void topLevelThatIsNotAMappingIsAProblem() {
    ConfigException e = failure("- a\n- b\n");
    assertEquals("expected a mapping at the top of the document, got a list", e.problems().get(0).message());
  }

  @Test
  void compactConstructorRejectionsBecomeProblems() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> binder.bind("positive:\n  value: -1\n", "t", Holder.class));
    assertEquals(List.of(new ConfigProblem("positive", 2, "value must not be negative")), e.problems());
  }

  @Test
  void mapKeysThatAreNotPlainNamesAreQuotedInPaths() {
    ConfigException e = failure("named:\n  \"Query.get\": {expires: 2099-01-01T00:00:00Z}\n");
    assertEquals("named.\"Query.get\".key", e.problems().get(0).path());
  }

  @Test
  void boundDocumentExposesTheLineOfEveryKey() {
    BoundDocument<Root> bound = binder.bindDocument("color: red\nnamed:\n  a: {key: k, expires: 2099-01-01T00:00:00Z}\n",
        "t", Root.class);
    assertEquals(2, bound.lineOf("named"));
    assertEquals(3, bound.lineOf("named.a"));
    assertEquals(3, bound.lineOf("named.a.key"));
    assertEquals(0, bound.lineOf("server.port"));
  }

  @Test
  void pathsWalkUpThroughIndexesAndQuotedKeys() {
    assertEquals("a.\"Q.x\"", ConfigPaths.parent("a.\"Q.x\".b"));
    assertEquals("a", ConfigPaths.parent("a.\"Q.x\""));
    assertEquals("a.b", ConfigPaths.parent("a.b[3]"));
    assertEquals("", ConfigPaths.parent("a"));
  }
}
