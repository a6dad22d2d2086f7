package io.tributary.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tributary.testsupport.Await;
import io.tributary.testsupport.RedisServerProcess;
import io.tributary.testsupport.TestGateway;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Two gateway processes sharing one real redis-server: a mutation on one node reaches subscribers
 * on the other, and both nodes recover on their own when Redis is killed and restarted.
 */
class RedisMultiNodeTest {
  private static final String PUBLISH = "mutation Publish($m: String!) { publish(message: $m) { id message at } }";
  private static final String ON_PUBLISHED =
      "subscription OnPublished($m: String) { onPublished(message: $m) { id message at } }";
  private static final Duration RECOVERY = Duration.ofSeconds(5);
  private static final long RESEND_NANOS = Duration.ofMillis(200).toNanos();

  @Test
  void mutationsOnOneNodeReachSubscribersOnTheOtherAcrossARedisRestart() {
    try (RedisServerProcess redis = RedisServerProcess.start();
         GatewayProcess a = GatewayProcess.launch("a", yaml(redis));
         GatewayProcess b = GatewayProcess.launch("b", yaml(redis))) {
      a.awaitServing();
      b.awaitServing();
      try (AppSyncSocket onA = AppSyncSocket.connect(HttpClient.newHttpClient(), a.realtimeUrl());
           AppSyncSocket onB = AppSyncSocket.connect(HttpClient.newHttpClient(), b.realtimeUrl())) {
        onA.start("a1", ON_PUBLISHED, Map.of("m", "to-a"));
        onB.start("b1", ON_PUBLISHED, Map.of("m", "to-b"));

        String first = publish(b, "to-a");
        publish(b, "not-for-anyone");
        String second = publish(b, "to-a");
        Await.until("both events from node b on node a", () -> ids(onA).size() == 2);
        assertEquals(List.of(first, second), ids(onA), "node a got " + onA.received());

        redis.stop();
        publish(b, "to-a");
        publish(a, "to-b");
        redis.restartSamePort();

        awaitRecovery(a, b, onA, onB);
      }
    }
  }

  /** Polls by publishing on each node until an event crosses in each direction. */
  private static void awaitRecovery(GatewayProcess a, GatewayProcess b, AppSyncSocket onA, AppSyncSocket onB) {
    Set<String> fromB = ConcurrentHashMap.newKeySet();
    Set<String> fromA = ConcurrentHashMap.newKeySet();
    long[] lastSent = {System.nanoTime() - RESEND_NANOS};
    Await.until(RECOVERY, "events to cross between the nodes again after Redis restarted", () -> {
      if (System.nanoTime() - lastSent[0] >= RESEND_NANOS) {
        lastSent[0] = System.nanoTime();
        fromB.add(publish(b, "to-a"));
        fromA.add(publish(a, "to-b"));
      }
      return ids(onA).stream().anyMatch(fromB::contains) && ids(onB).stream().anyMatch(fromA::contains);
    });
  }

  /** Publishes through the node's HTTP endpoint; the mutation must succeed even while Redis is down. */
  private static String publish(GatewayProcess node, String message) {
    TestGateway.Response response = node.post(PUBLISH, Map.of("m", message));
    assertEquals(200, response.status(), response.body());
    assertNull(response.json().get("errors"), response.body());
    @SuppressWarnings("unchecked")
    Map<String, Object> note = (Map<String, Object>) response.data("publish");
    assertNotNull(note, response.body());
    return (String) note.get("id");
  }

  @SuppressWarnings("unchecked")
  private static List<String> ids(AppSyncSocket socket) {
    String id = socket.received().stream().filter(m -> "start_ack".equals(m.get("type")))
        .map(m -> (String) m.get("id")).findFirst().orElseThrow();
    return socket.data(id).stream()
        .map(payload -> (Map<String, Object>) ((Map<String, Object>) payload.get("data")).get("onPublished"))
        .map(note -> (String) note.get("id"))
        .toList();
  }

  private static String yaml(RedisServerProcess redis) {
    return """
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
        redis:
          enabled: true
          endpoint: %s
        """.formatted(TestGateway.fixture("playground").toAbsolutePath(), TestGateway.API_KEY, redis.endpoint());
  }
}
