package io.tributary.interop;

import io.tributary.testsupport.DynamoDbLocalServer;
import java.util.UUID;

/** Gateway configuration that points the chat, tasks and presence APIs at the shared DynamoDB Local. */
final class DynamoDbYaml {
  private DynamoDbYaml() {}

  /** A dynamodb: section with its own table prefix, so test classes never share tables. */
  static String withFreshTables(String prefix) {
    return """
        dynamodb:
          mode: AWS
          endpoint: %s
          createTables: true
          tablePrefix: %s
          credentials:
            accessKeyId: local
            secretAccessKey: local
        """.formatted(DynamoDbLocalServer.shared().endpoint(), prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "-");
  }
}
