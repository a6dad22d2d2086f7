package io.tributary.config;

import java.nio.file.Path;
import java.util.List;

/**
 * DynamoDB Local, used in LOCAL mode. It runs in its own JVM from a classpath the build resolves
 * (its license forbids bundling it).
 *
 * @param dataDirectory where tables are kept between runs (ignored when inMemory)
 * @param port TCP port for DynamoDB Local; 0 picks a free port
 * @param inMemory keep tables in memory only (lost on stop)
 * @param classpathFile file listing DynamoDB Local's jars, written by the gateway/dynamodb-local build
 */
public record DynamoDbLocalConfig(Path dataDirectory, int port, boolean inMemory, Path classpathFile)
    implements ConfigValidation {

  public static DynamoDbLocalConfig defaults() {
    return new DynamoDbLocalConfig(Path.of("data/dynamodb"), 0, false,
        Path.of("gateway/dynamodb-local/target/dynamodb-local.classpath"));
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path).range("port", port, 0, 65_535).problems();
  }
}
