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
  void checkAgainstTheReviewedSnapshotFindsNoBreakingChange() {
    int exit = run("compose", "--config", config().toString(), "--source-apis",
        TestGateway.repoRoot().resolve("source-apis").toString(),
        "--check-against", TestGateway.repoRoot().resolve("docs/merged-schema.graphql").toString());

    assertEquals(0, exit, text(err));
    assertTrue(text(out).contains("no breaking changes"), text(out));
  }

  @Test
  void checkAgainstAnOlderSchemaListsEachBreakingChangeAndFails(@TempDir Path dir) throws Exception {
    // The snapshot as a client knew it, plus what the new merge no longer has or has changed.
    String snapshot = Files.readString(TestGateway.repoRoot().resolve("docs/merged-schema.graphql"));
    String older = snapshot
        .replace("type Query {", "type Query {\n  retiredField: String")
        .replace("getTask(id: ID!): Task", "getTask(id: ID!): Task\n  legacyCount(limit: Int): Int")
        + "\ntype Gone {\n  id: ID\n}\n";
    // The older input had an optional title: the new required one breaks clients that omit it.
    Path previous = Files.writeString(dir.resolve("previous.graphql"), older.replace("input CreateTaskInput {\n  title: String!",
        "input CreateTaskInput {\n  title: String"));

    int exit = run("compose", "--config", config().toString(), "--source-apis",
        TestGateway.repoRoot().resolve("source-apis").toString(), "--check-against", previous.toString());

    String report = text(err);
    assertEquals(1, exit, report);
    assertTrue(report.contains("Query.retiredField"), report);
    assertTrue(report.contains("Query.legacyCount"), report);
    assertTrue(report.contains("Gone"), report);
    assertTrue(report.contains("CreateTaskInput"), report);
    assertTrue(report.contains("breaking change(s)"), report);
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
