package io.tributary.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.testsupport.TestGateway;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tributary compose`, the command a team runs in its own CI before changing a source API. */
class ComposeCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void printsTheMergedSchemaOfTheBuiltInSourceApis() throws Exception {
    int exit = run("compose", "--config", config().toString(), "--source-apis", TestGateway.repoRoot().resolve("source-apis").toString());
    assertEquals(0, exit, text(err));
    assertEquals(Files.readString(TestGateway.repoRoot().resolve("docs/merged-schema.graphql")), text(out));
  }

  @Test
  void listsEveryConflictWithItsFileAndLineAndExitsNonZero() throws Exception {
    int exit = run("compose", "--config", config().toString(), "--source-apis", TestGateway.fixture("conflicting").toString());
    assertEquals(1, exit);
    String problems = text(err);
    assertTrue(problems.contains("schema.graphql:3:"), problems);
    assertTrue(problems.contains("Post.title"), problems);
    assertTrue(problems.contains("alpha") && problems.contains("beta"), problems);
    assertTrue(problems.contains("Query.getPost"), problems);
    assertTrue(problems.contains("problem(s): the source APIs cannot be merged."), problems);
  }

  @Test
  void writesTheSchemaToAFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("merged.graphql");
    int exit = run("compose", "--config", config().toString(), "--source-apis", TestGateway.repoRoot().resolve("source-apis").toString(),
        "--out", target.toString());
    assertEquals(0, exit, text(err));
    assertEquals(Files.readString(TestGateway.repoRoot().resolve("docs/merged-schema.graphql")), Files.readString(target));
  }

  @Test
  void reportsAnUnknownCommand() {
    assertEquals(2, run("frobnicate"));
    assertTrue(text(err).contains("usage: tributary"));
  }

  private static Path config() {
    return TestGateway.repoRoot().resolve("config/gateway.yaml");
  }

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
