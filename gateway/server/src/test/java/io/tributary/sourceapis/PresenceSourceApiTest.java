package io.tributary.sourceapis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The presence source API end to end: users, profiles and presence. */
class PresenceSourceApiTest {
  private static final String CREATE = "mutation M($in: CreateUserInput!) { createUser(input: $in) { " + Seed.USER_FIELDS + " } }";
  private static final String GET = "query Q($id: ID!) { getUser(userId: $id) { " + Seed.USER_FIELDS + " } }";
  private static final String PROFILE = "mutation M($in: UpdateUserProfileInput!) { updateUserProfile(input: $in) { " + Seed.USER_FIELDS + " } }";
  private static final String PRESENCE = "mutation M($id: ID!, $on: Boolean!, $c: ID) { updateUserPresence(userId: $id, isOnline: $on, conversationId: $c) { " + Seed.USER_FIELDS + " } }";
  private static SourceApiGateway api;

  @BeforeAll
  static void start() {
    api = SourceApiGateway.onSharedDynamoDb("presence-");
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void createUserStoresTheProfileOfflineAndGetUserReadsIt() {
    Map<String, Object> created = api.field("createUser", CREATE, Map.of("in", Map.of(
        "userId", "ada", "username", "ada", "email", "ada@example.com", "displayName", "Ada", "avatarUrl", "https://example.com/ada.png")));

    assertEquals("ada@example.com", created.get("email"));
    assertEquals(false, created.get("isOnline"));
    assertEquals(created.get("createdAt"), created.get("updatedAt"));
    assertEquals(created, api.field("getUser", GET, Map.of("id", "ada")));
  }

  @Test
  void createUserWithoutAnIdGeneratesOne() {
    Map<String, Object> created = api.field("createUser", CREATE, Map.of("in", Map.of("username", "anonymous")));

    assertTrue(((String) created.get("userId")).matches("[0-9a-f-]{36}"), created.toString());
  }

  @Test
  void aSecondUserWithTheSameIdIsRefused() {
    api.ok(CREATE, Map.of("in", Map.of("userId", "twin", "username", "first")));

    Map<String, Object> error = api.error(CREATE, Map.of("in", Map.of("userId", "twin", "username", "second")));

    assertEquals("DynamoDB:ConditionalCheckFailedException", error.get("errorType"));
    assertEquals("A user with this userId already exists.", error.get("message"));
    assertEquals("first", api.field("getUser", GET, Map.of("id", "twin")).get("username"));
  }

  @Test
  void anInvalidEmailIsRefusedBeforeAnythingIsWritten() {
    Map<String, Object> error = api.error(CREATE, Map.of("in", Map.of("userId", "bad-mail", "username", "x", "email", "nope")));

    assertNotNull(error.get("errorType"));
    assertNull(api.ok(GET, Map.of("id", "bad-mail")).get("getUser"));
  }

  @Test
  void updateUserProfileChangesOnlyTheGivenFieldsAndNullRemovesOne() {
    api.ok(CREATE, Map.of("in", Map.of("userId", "grace", "username", "grace", "displayName", "Grace")));

    Map<String, Object> updated = api.field("updateUserProfile", PROFILE,
        Map.of("in", Map.of("userId", "grace", "statusMessage", "compiling")));
    assertEquals("compiling", updated.get("statusMessage"));
    assertEquals("Grace", updated.get("displayName"));

    Map<String, Object> input = new LinkedHashMap<>(Map.of("userId", "grace"));
    input.put("displayName", null);
    Map<String, Object> cleared = api.field("updateUserProfile", PROFILE, Map.of("in", input));
    assertNull(cleared.get("displayName"));
    assertEquals("compiling", cleared.get("statusMessage"));
    assertEquals("grace", cleared.get("username"));
  }

  @Test
  void updatingAnUnknownUserIsNotFound() {
    Map<String, Object> error = api.error(PROFILE, Map.of("in", Map.of("userId", "ghost", "statusMessage", "boo")));
    assertEquals("NotFound", error.get("errorType"));
    assertEquals("User ghost does not exist.", error.get("message"));

    Map<String, Object> presence = api.error(PRESENCE, Map.of("id", "ghost", "on", true));
    assertEquals("NotFound", presence.get("errorType"));
    assertNull(api.ok(GET, Map.of("id", "ghost")).get("getUser"), "no user is created by an update");
  }

  @Test
  void updateUserPresenceSetsOnlineStateLastSeenAndConversation() {
    api.ok(CREATE, Map.of("in", Map.of("userId", "linus", "username", "linus")));

    Map<String, Object> online = api.field("updateUserPresence", PRESENCE, Map.of("id", "linus", "on", true, "c", "conv-1"));
    assertEquals(true, online.get("isOnline"));
    assertEquals("conv-1", online.get("conversationId"));
    assertNotNull(online.get("lastSeen"));

    Map<String, Object> variables = new LinkedHashMap<>(Map.of("id", "linus", "on", false));
    Map<String, Object> offline = api.field("updateUserPresence", PRESENCE, variables);
    assertFalse((Boolean) offline.get("isOnline"));
    assertEquals("conv-1", offline.get("conversationId"), "an omitted conversationId is kept");
  }
}
