package io.tributary.sourceapis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Creates users, conversations, messages and tasks through the GraphQL API, many per request. */
final class Seed {
  static final String USER_FIELDS = "userId username email displayName avatarUrl statusMessage isOnline lastSeen conversationId createdAt updatedAt";
  static final String CONVERSATION_FIELDS = "id name participantIds createdBy lastMessage lastMessageAt messageCount createdAt updatedAt";
  static final String MESSAGE_FIELDS = "id conversationId senderId content type createdAt";
  static final String TASK_FIELDS = "id title description status priority assignedTo createdAt updatedAt version";

  private final SourceApiGateway api;

  Seed(SourceApiGateway api) {
    this.api = api;
  }

  /** Creates users {@code <prefix>0 .. <prefix>(count-1)} (userId = username) in one request. */
  List<String> users(String prefix, int count) {
    List<String> ids = new ArrayList<>();
    StringBuilder mutation = new StringBuilder("mutation {");
    for (int i = 0; i < count; i++) {
      String id = prefix + i;
      ids.add(id);
      mutation.append(" u").append(i).append(": createUser(input: {userId: \"").append(id)
          .append("\", username: \"").append(id).append("\"}) { userId }");
    }
    api.ok(mutation.append(" }").toString(), null);
    return ids;
  }

  Map<String, Object> conversation(String name, List<String> participantIds) {
    return api.field("createConversation",
        "mutation M($in: CreateConversationInput!) { createConversation(input: $in) { " + CONVERSATION_FIELDS + " } }",
        Map.of("in", Map.of("name", name, "participantIds", participantIds, "createdBy", participantIds.get(0))));
  }

  Map<String, Object> participants(String conversationId, List<String> participantIds) {
    return api.field("updateConversation",
        "mutation M($in: UpdateConversationInput!) { updateConversation(input: $in) { " + CONVERSATION_FIELDS + " } }",
        Map.of("in", Map.of("id", conversationId, "participantIds", participantIds)));
  }

  Map<String, Object> message(String conversationId, String senderId, String content) {
    return api.field("sendMessage",
        "mutation M($in: SendMessageInput!) { sendMessage(input: $in) { " + MESSAGE_FIELDS + " } }",
        Map.of("in", Map.of("conversationId", conversationId, "senderId", senderId, "content", content)));
  }

  /** One message per sender, in order, sent in one request (mutations run one after another). */
  void messages(String conversationId, List<String> senders, String contentPrefix) {
    StringBuilder mutation = new StringBuilder("mutation M(");
    Map<String, Object> variables = new LinkedHashMap<>();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < senders.size(); i++) {
      mutation.append(i == 0 ? "" : ", ").append("$m").append(i).append(": SendMessageInput!");
      body.append(" s").append(i).append(": sendMessage(input: $m").append(i).append(") { id }");
      variables.put("m" + i, Map.of("conversationId", conversationId, "senderId", senders.get(i),
          "content", contentPrefix + " " + i));
    }
    api.ok(mutation.append(") {").append(body).append(" }").toString(), variables);
  }

  Map<String, Object> task(String title, String status, String assignedTo) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", title);
    input.put("status", status);
    if (assignedTo != null) {
      input.put("assignedTo", assignedTo);
    }
    return api.field("createTask",
        "mutation M($in: CreateTaskInput!) { createTask(input: $in) { " + TASK_FIELDS + " } }", Map.of("in", input));
  }
}
