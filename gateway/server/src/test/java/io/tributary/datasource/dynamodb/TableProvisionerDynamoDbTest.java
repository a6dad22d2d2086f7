package io.tributary.datasource.dynamodb;

import static io.tributary.datasource.dynamodb.DynamoDbTestBed.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tributary.datasource.dynamodb.local.IndexSpec;
import io.tributary.datasource.dynamodb.local.KeySpec;
import io.tributary.datasource.dynamodb.local.TableProvisioner;
import io.tributary.datasource.dynamodb.local.TableSpec;
import io.tributary.testsupport.Await;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

class TableProvisionerDynamoDbTest {
  private static DynamoDbTestBed bed;
  private static TableProvisioner provisioner;

  @BeforeAll
  static void setUp() {
    bed = new DynamoDbTestBed();
    provisioner = new TableProvisioner(bed.client, bed.vertx.getOrCreateContext());
  }

  @AfterAll
  static void tearDown() {
    bed.close();
  }

  private static TableDescription describe(String table) {
    return bed.client.describeTable(b -> b.tableName(table)).join().table();
  }

  @Test
  void createsMissingTablesOnceWithTheirIndexesAndTtl() {
    KeySpec room = new KeySpec("roomId", "S");
    TableSpec messages = new TableSpec(bed.prefix + "messages", room, new KeySpec("sentAt", "N"),
        List.of(new IndexSpec("bySender", new KeySpec("senderId", "S"), new KeySpec("sentAt", "N"),
            "INCLUDE", List.of("text"))),
        List.of(new IndexSpec("byEdited", room, new KeySpec("editedAt", "N"), "KEYS_ONLY", null)),
        "expiresAt");

    assertEquals(List.of(messages.name()), Await.result(provisioner.provision(List.of(messages)), WAIT));
    assertEquals(List.of(), Await.result(provisioner.provision(List.of(messages)), WAIT));

    TableDescription table = describe(messages.name());
    assertEquals("bySender", table.globalSecondaryIndexes().get(0).indexName());
    assertEquals("byEdited", table.localSecondaryIndexes().get(0).indexName());
    assertEquals("ENABLED", bed.client.describeTimeToLive(b -> b.tableName(messages.name())).join()
        .timeToLiveDescription().timeToLiveStatusAsString());
  }

  @Test
  void addsAGlobalIndexDeclaredLaterToAnExistingTable() {
    TableSpec before = TableSpec.of(bed.prefix + "tasks", new KeySpec("id", "S"), null);
    Await.result(provisioner.provision(List.of(before)), WAIT);
    TableSpec after = new TableSpec(before.name(), before.partitionKey(), null,
        List.of(new IndexSpec("byOwner", new KeySpec("ownerId", "S"), null, null, null)),
        List.of(), null);

    assertEquals(List.of(), Await.result(provisioner.provision(List.of(after)), WAIT));

    List<String> indexes = describe(after.name()).globalSecondaryIndexes().stream()
        .map(GlobalSecondaryIndexDescription::indexName).toList();
    assertEquals(List.of("byOwner"), indexes);
  }

  @Test
  void refusesToPretendALocalIndexCanBeAddedLater() {
    TableSpec before = TableSpec.of(bed.prefix + "events", new KeySpec("pk", "S"),
        new KeySpec("sk", "S"));
    Await.result(provisioner.provision(List.of(before)), WAIT);
    TableSpec after = new TableSpec(before.name(), before.partitionKey(), before.sortKey(),
        List.of(), List.of(new IndexSpec("byTime", before.partitionKey(), new KeySpec("t", "N"),
            null, null)), null);

    Throwable error = Await.failure(provisioner.provision(List.of(after)), WAIT);
    assertTrue(error.getMessage().contains("local secondary index byTime"), error.getMessage());
  }
}
