package io.tributary.bench;

import io.tributary.datasource.dynamodb.DynamoDbClientOptions;
import io.tributary.datasource.dynamodb.DynamoDbClients;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Benchmark data, not a test: one conversation whose {@code N} messages were each sent by a
 * different user, plus those users, written straight to DynamoDB (the chat API's sendMessage only
 * accepts its at most 25 participants, so it cannot build this shape). Items have the attributes
 * the chat and presence resolvers read. The tables must already exist (the gateway creates them).
 * Run: {@code java -cp <test classpath> io.tributary.bench.ChatSeedBench ENDPOINT CONVERSATION_ID [N]}.
 */
public final class ChatSeedBench {
  private static final int BATCH = 25;
  private static final int MAX_ATTEMPTS = 20;

  private ChatSeedBench() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: ChatSeedBench ENDPOINT CONVERSATION_ID [MESSAGES]");
      System.exit(2);
    }
    String conversationId = args[1];
    int count = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    List<WriteRequest> users = new ArrayList<>();
    List<WriteRequest> messages = new ArrayList<>();
    List<String> userIds = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String userId = "%s-user-%03d".formatted(conversationId, i);
      userIds.add(userId);
      String at = start.plusSeconds(i).toString();
      users.add(put(Map.of("userId", s(userId), "username", s("user" + i), "isOnline", bool(false),
          "createdAt", s(at), "updatedAt", s(at))));
      messages.add(put(Map.of("id", s("%s-msg-%03d".formatted(conversationId, i)), "conversationId", s(conversationId),
          "senderId", s(userId), "content", s("message number " + i), "type", s("TEXT"), "createdAt", s(at))));
    }
    try (DynamoDbAsyncClient client = DynamoDbClients.create(DynamoDbClientOptions.local(args[0]), List.of())) {
      write(client, "Users", users);
      write(client, "Messages", messages);
      String at = start.toString();
      client.putItem(b -> b.tableName("Conversations").item(Map.of("id", s(conversationId), "name", s("bench"),
          "participantIds", AttributeValue.fromL(userIds.stream().map(ChatSeedBench::s).toList()),
          "messageCount", AttributeValue.fromN(Integer.toString(count)), "createdAt", s(at), "updatedAt", s(at)))).join();
    }
    System.out.println("SEEDED conversation " + conversationId + ": " + count + " messages by " + count + " users");
  }

  private static void write(DynamoDbAsyncClient client, String table, List<WriteRequest> requests) {
    for (int from = 0; from < requests.size(); from += BATCH) {
      List<WriteRequest> pending = requests.subList(from, Math.min(requests.size(), from + BATCH));
      for (int attempt = 1; !pending.isEmpty(); attempt++) {
        if (attempt > MAX_ATTEMPTS) {
          throw new IllegalStateException("DynamoDB kept items of " + table + " unprocessed");
        }
        Map<String, List<WriteRequest>> batch = Map.of(table, pending);
        BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(batch)).join();
        pending = response.unprocessedItems().getOrDefault(table, List.of());
      }
    }
  }

  private static WriteRequest put(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue bool(boolean value) {
    return AttributeValue.fromBool(value);
  }
}
