package io.tributary.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvExpansionConfigTest {

  record Sample(String text, int number, boolean flag, String fromDefault) {
    static Sample defaults() {
      return new Sample("", 1, false, "${env.DEFAULTED:-built-in}");
    }
  }

  private static Sample bind(String yaml, Map<String, String> env) {
    return new ConfigBinder(env).bind(yaml, "t.yaml", Sample.class);
  }

  @Test
  void setVariableIsSubstitutedInsideText() {
    assertEquals("pre-abc-post", bind("text: pre-${env.X}-post", Map.of("X", "abc")).text());
  }

  @Test
  void defaultAppliesWhenVariableIsUnsetOrEmpty() {
    assertEquals("fallback", bind("text: ${env.X:-fallback}", Map.of()).text());
    assertEquals("fallback", bind("text: ${env.X:-fallback}", Map.of("X", "")).text());
    assertEquals("set", bind("text: ${env.X:-fallback}", Map.of("X", "set")).text());
    assertEquals("", bind("text: \"${env.X:-}\"", Map.of()).text());
  }

  @Test
  void unsetVariableWithoutDefaultIsAProblemAtItsPath() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> bind("flag: true\ntext: ${env.MISSING}\nnumber: ${env.ALSO_MISSING}\n", Map.of()));
    assertEquals(List.of(
        new ConfigProblem("text", 2,
            "environment variable MISSING is not set (write ${env.MISSING:-default} to give a default)"),
        new ConfigProblem("number", 3,
            "environment variable ALSO_MISSING is not set (write ${env.ALSO_MISSING:-default} to give a default)")),
        e.problems());
  }

  @Test
  void doubleDollarEscapesAReference() {
    assertEquals("${env.X} and $5", bind("text: $${env.X} and $5", Map.of("X", "no")).text());
  }

  @Test
  void wholeScalarReferenceFeedsNumbersAndBooleans() {
    Sample sample = bind("number: ${env.PORT}\nflag: ${env.ON:-true}\n", Map.of("PORT", "8443"));
    assertEquals(8443, sample.number());
    assertEquals(true, sample.flag());
  }

  @Test
  void expandedTextIsStillTypeChecked() {
    ConfigException e = assertThrows(ConfigException.class, () -> bind("number: ${env.PORT}", Map.of("PORT", "http")));
    assertEquals(List.of(new ConfigProblem("number", 1, "expected an integer, got 'http'")), e.problems());
  }

  @Test
  void stringDefaultsReadTheEnvironmentToo() {
    assertEquals("built-in", bind("", Map.of()).fromDefault());
    assertEquals("from-env", bind("", Map.of("DEFAULTED", "from-env")).fromDefault());
  }

  @Test
  void malformedReferencesAreProblems() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> bind("text: ${HOME}\nfromDefault: \"${env.X\"\n", Map.of()));
    assertEquals(2, e.problems().size());
    assertEquals("unsupported reference '${HOME}'; only ${env.NAME} and ${env.NAME:-default} are supported"
        + " (write $$ for a literal $)", e.problems().get(0).message());
    assertEquals("unterminated reference '${env.X' (missing '}')", e.problems().get(1).message());
  }
}
