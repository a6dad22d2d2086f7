package io.tributary.composition.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.config.AuthMode;
import io.tributary.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiDescriptorTest {
  private static final String VALID = String.join("\n",
      "dataSources:",
      "  tasksTable:",
      "    type: AMAZON_DYNAMODB",
      "    table:",
      "      name: tasks",
      "      partitionKey: {name: id}",
      "      sortKey: {name: createdAt, type: N}",
      "      globalSecondaryIndexes:",
      "        - name: byOwner",
      "          partitionKey: {name: owner}",
      "          projection: INCLUDE",
      "          nonKeyAttributes: [title]",
      "      localSecondaryIndexes:",
      "        - {name: byTitle, sortKey: {name: title}}",
      "      ttlAttribute: expiresAt",
      "  none:",
      "    type: NONE",
      "functions:",
      "  loadTask: {dataSource: tasksTable, code: resolvers/loadTask.js}",
      "resolvers:",
      "  Query.getTask:",
      "    dataSource: tasksTable",
      "    code: resolvers/getTask.js",
      "    caching: {ttl: 60s, keys: [$context.arguments.id]}",
      "  Mutation.updateTask:",
      "    kind: PIPELINE",
      "    functions: [loadTask]",
      "  Task.legacy:",
      "    dataSource: none",
      "    request: resolvers/legacy.req.vtl",
      "    response: resolvers/legacy.res.vtl",
      "");

  @TempDir Path root;

  private Path folder() throws IOException {
    Path folder = Files.createDirectories(root.resolve("tasks"));
    Files.createDirectories(folder.resolve("resolvers"));
    for (String file : List.of("schema.graphql", "resolvers/loadTask.js", "resolvers/getTask.js",
        "resolvers/legacy.req.vtl", "resolvers/legacy.res.vtl")) {
      Files.writeString(folder.resolve(file), "");
    }
    return folder;
  }

  private ApiDescriptor load(String yaml) throws IOException {
    Path folder = folder();
    Files.writeString(folder.resolve("api.yaml"), yaml);
    return new DescriptorLoader(Map.of()).loadFolder(folder);
  }

  private List<String> problems(String yaml) throws IOException {
    ConfigException e = assertThrows(ConfigException.class, () -> load(yaml));
    return e.problems().stream().map(p -> p.line() + " " + p.path() + ": " + p.message()).toList();
  }

  @Test
  void validDescriptorBindsWithFolderNameInferredRuntimesAndResolverLines() throws IOException {
    ApiDescriptor api = load(VALID);
    assertEquals("tasks", api.name());
    assertEquals(AuthMode.API_KEY, api.defaultAuthMode());
    assertEquals(Path.of("schema.graphql"), api.schema());
    assertEquals(List.of("tasksTable", "none"), List.copyOf(api.dataSources().keySet()));
    TableDescriptor table = api.dataSources().get("tasksTable").table();
    assertEquals(new KeyAttribute("id", AttributeType.S), table.partitionKey());
    assertEquals(ProjectionType.ALL, table.localSecondaryIndexes().get(0).projection());
    assertEquals(table.partitionKey(), table.localSecondaryIndexes().get(0).partitionKeyOr(table.partitionKey()));
    assertEquals(ResolverRuntime.APPSYNC_JS, api.functions().get("loadTask").effectiveRuntime());
    assertEquals(Optional.of(ResolverRuntime.VTL), api.resolvers().get("Task.legacy").effectiveRuntime());
    assertEquals(Optional.empty(), api.resolvers().get("Mutation.updateTask").effectiveRuntime());
    assertEquals(Duration.ofSeconds(60), api.resolvers().get("Query.getTask").caching().ttl());
    assertEquals(21, api.resolverLine("Query.getTask"));
    assertEquals(25, api.resolverLine("Mutation.updateTask"));
    assertEquals(28, api.resolverLine("Task.legacy"));
    assertTrue(Files.isRegularFile(api.resolve(api.schema())));
  }

  @Test
  void explicitNameWins() throws IOException {
    assertEquals("taskApi", load("name: taskApi\n" + VALID).name());
  }

  @Test
  void unknownDataSourceNamesTheKnownOnesWithFileAndLine() throws IOException {
    ConfigException e = assertThrows(ConfigException.class,
        () -> load(VALID.replace("    dataSource: tasksTable\n    code", "    dataSource: taskz\n    code")));
    Path file = root.resolve("tasks").resolve("api.yaml");
    assertEquals(file.toString(), e.source());
    assertTrue(e.getMessage().contains(file + ":22: resolvers.\"Query.getTask\".dataSource: "
        + "unknown data source 'taskz' (known: tasksTable, none)"), e.getMessage());
  }

  @Test
  void unknownFunctionsAndFunctionDataSourcesAreReportedTogether() throws IOException {
    String yaml = VALID.replace("functions: [loadTask]", "functions: [loadTask, saveTask]")
        .replace("loadTask: {dataSource: tasksTable,", "loadTask: {dataSource: tables,");
    assertEquals(List.of(
        "19 functions.loadTask.dataSource: unknown data source 'tables' (known: tasksTable, none)",
        "27 resolvers.\"Mutation.updateTask\".functions[1]: unknown function 'saveTask' (known: loadTask)"),
        problems(yaml));
  }

  @Test
  void crossFieldRulesOfResolversAreReportedAllAtOnce() throws IOException {
    String yaml = String.join("\n",
        "dataSources: {none: {type: NONE}}",
        "functions: {f: {dataSource: none, code: resolvers/getTask.js}}",
        "resolvers:",
        "  Query.a: {functions: [f], code: resolvers/getTask.js}",
        "  Query.b: {kind: PIPELINE, dataSource: none, code: resolvers/getTask.js}",
        "  Query.c: {dataSource: none, runtime: APPSYNC_JS, request: resolvers/legacy.req.vtl}",
        "  Query.d: {dataSource: none, request: resolvers/legacy.req.vtl}",
        "  Query.e: {dataSource: none}",
        "  getTask: {dataSource: none, code: resolvers/getTask.js}",
        "  Query.f: {kind: PIPELINE}",
        "");
    assertEquals(List.of(
        "4 resolvers.\"Query.a\".dataSource: required for a UNIT resolver",
        "4 resolvers.\"Query.a\".functions: only for PIPELINE resolvers (set kind: PIPELINE, or use dataSource)",
        "5 resolvers.\"Query.b\".functions: a PIPELINE resolver needs at least one function",
        "5 resolvers.\"Query.b\".dataSource: not allowed on a PIPELINE resolver; its functions name their data sources",
        "6 resolvers.\"Query.c\".code: required for the APPSYNC_JS runtime",
        "6 resolvers.\"Query.c\".request: only for the VTL runtime (APPSYNC_JS uses code)",
        "7 resolvers.\"Query.d\".response: required for the VTL runtime",
        "8 resolvers.\"Query.e\": needs code (APPSYNC_JS) or request and response templates (VTL)",
        "9 resolvers.getTask: resolver keys must be 'Type.field', e.g. 'Query.getTask'",
        "10 resolvers.\"Query.f\".functions: a PIPELINE resolver needs at least one function"),
        problems(yaml));
  }

  @Test
  void functionsNeedARecognisableRuntime() throws IOException {
    String yaml = "dataSources: {none: {type: NONE}}\nfunctions:\n  f: {dataSource: none, code: resolvers/f.ts}\n"
        + "  g: {code: resolvers/getTask.js}\n";
    assertEquals(List.of(
        "3 functions.f.code: cannot infer the runtime from 'f.ts'; use a .js file or set runtime",
        "4 functions.g.dataSource: missing required key 'dataSource'"), problems(yaml));
  }

  @Test
  void dataSourceFieldsMustMatchTheirType() throws IOException {
    String yaml = String.join("\n",
        "dataSources:",
        "  a: {type: AMAZON_DYNAMODB}",
        "  b: {type: NONE, endpoint: 'http://x'}",
        "  c: {type: HTTP, endpoint: 'not a uri'}",
        "  d: {type: AMAZON_EVENTBRIDGE}",
        "  e: {type: LAMBDA}",
        "");
    assertEquals(List.of(
        "2 dataSources.a.table: required for AMAZON_DYNAMODB",
        "3 dataSources.b.endpoint: only allowed for HTTP data sources, not NONE",
        "4 dataSources.c.endpoint: must be an absolute http or https URI, got 'not a uri'",
        "5 dataSources.d.eventBusName: required for AMAZON_EVENTBRIDGE",
        "6 dataSources.e.type: 'LAMBDA' is not allowed; expected one of NONE, AMAZON_DYNAMODB, "
            + "AMAZON_EVENTBRIDGE, AWS_LAMBDA, HTTP"), problems(yaml));
  }

  @Test
  void tableRulesFollowDynamoDb() throws IOException {
    String yaml = String.join("\n",
        "dataSources:",
        "  t:",
        "    type: AMAZON_DYNAMODB",
        "    table:",
        "      name: tasks",
        "      partitionKey: {name: id}",
        "      globalSecondaryIndexes:",
        "        - {name: byOwner, projection: INCLUDE}",
        "        - {name: byId, partitionKey: {name: id, type: N}}",
        "      localSecondaryIndexes:",
        "        - {name: byTitle, partitionKey: {name: other}}",
        "");
    assertEquals(List.of(
        "8 dataSources.t.table.globalSecondaryIndexes[0].nonKeyAttributes: required with projection INCLUDE",
        "8 dataSources.t.table.globalSecondaryIndexes[0].partitionKey: required for a global secondary index",
        "9 dataSources.t.table.globalSecondaryIndexes[1].partitionKey.type: attribute 'id' is N here but S "
            + "elsewhere in this table",
        "10 dataSources.t.table.localSecondaryIndexes: local secondary indexes need a table sortKey",
        "11 dataSources.t.table.localSecondaryIndexes[0].partitionKey: a local secondary index shares the table's "
            + "partition key 'id'",
        "11 dataSources.t.table.localSecondaryIndexes[0].sortKey: required for a local secondary index"),
        problems(yaml));
  }

  @Test
  void unknownKeysAndTypeErrorsCarryLines() throws IOException {
    String yaml = "dataSorces: {}\ndefaultAuthMode: api_key\nresolvers:\n  Query.x: {dataSource: none, caching: {ttl: 2h}}\n"
        + "dataSources: {none: {type: NONE, tabel: x}}\n";
    assertEquals(List.of(
        "1 dataSorces: unknown key 'dataSorces'; did you mean 'dataSources'?",
        "4 resolvers.\"Query.x\".caching.ttl: must be between 1s and 3600s, got PT2H",
        // "needs code" waits for a clean bind: whether code may be left out depends on the data
        // source's type (AWS_LAMBDA takes direct resolvers), which only the whole descriptor knows
        "5 dataSources.none.tabel: unknown key 'tabel'; did you mean 'table'?"), problems(yaml));
  }

  @Test
  void cachingTtlFollowsAppSyncRange() throws IOException {
    String yaml = VALID.replace("caching: {ttl: 60s,", "caching: {ttl: 2h,");
    assertEquals(List.of("24 resolvers.\"Query.getTask\".caching.ttl: must be between 1s and 3600s, got PT2H"),
        problems(yaml));
  }

  @Test
  void missingAndEscapingFilesAreReportedWithTheirKeyLine() throws IOException {
    String yaml = VALID.replace("code: resolvers/getTask.js", "code: resolvers/gone.js")
        .replace("resolvers/loadTask.js", "../other/loadTask.js");
    List<String> found = problems(yaml);
    assertEquals(2, found.size(), found.toString());
    assertEquals("19 functions.loadTask.code: must be a path inside the source API folder, got '../other/loadTask.js'",
        found.get(0));
    assertTrue(found.get(1).startsWith("23 resolvers.\"Query.getTask\".code: file not found: "), found.get(1));
  }

  @Test
  void environmentReferencesExpandInDescriptors() throws IOException {
    Path folder = folder();
    Files.writeString(folder.resolve("api.yaml"), VALID.replace("name: tasks", "name: ${env.STAGE:-dev}-tasks"));
    ApiDescriptor api = new DescriptorLoader(Map.of("STAGE", "prod")).loadFolder(folder);
    assertEquals("prod-tasks", api.dataSources().get("tasksTable").table().name());
  }
}
