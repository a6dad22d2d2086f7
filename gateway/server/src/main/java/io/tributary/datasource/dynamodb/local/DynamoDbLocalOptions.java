package io.tributary.datasource.dynamodb.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run DynamoDB Local.
 *
 * @param classpathFile the file the {@code gateway/dynamodb-local} build writes with DynamoDB
 *     Local's classpath (the jars stay in the local Maven repository; nothing is copied)
 * @param dbPath directory for {@code -dbPath}, created if missing; null runs {@code -inMemory}
 * @param port the port to listen on; 0 picks a free one
 * @param startTimeout how long to wait for the process to answer
 */
public record DynamoDbLocalOptions(Path classpathFile, Path dbPath, int port, Duration startTimeout) {
  /** Overrides where the classpath file is looked for. */
  public static final String CLASSPATH_PROPERTY = "tributary.dynamodbLocal.classpath";
  private static final Path RELATIVE_CLASSPATH =
      Path.of("gateway", "dynamodb-local", "target", "dynamodb-local.classpath");

  public DynamoDbLocalOptions {
    if (classpathFile == null) {
      throw new IllegalArgumentException("classpathFile is required");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535");
    }
    if (startTimeout == null || startTimeout.isNegative() || startTimeout.isZero()) {
      throw new IllegalArgumentException("startTimeout must be positive");
    }
  }

  /** An in-memory instance on a free port, using {@link #defaultClasspathFile()}. */
  public static DynamoDbLocalOptions inMemory() {
    return new DynamoDbLocalOptions(defaultClasspathFile(), null, 0, Duration.ofSeconds(60));
  }

  /** A persistent instance keeping its data in {@code directory}, on a free port. */
  public static DynamoDbLocalOptions persistent(Path directory) {
    return new DynamoDbLocalOptions(defaultClasspathFile(), directory, 0, Duration.ofSeconds(60));
  }

  public DynamoDbLocalOptions withPort(int newPort) {
    return new DynamoDbLocalOptions(classpathFile, dbPath, newPort, startTimeout);
  }

  /**
   * The classpath file: the {@value #CLASSPATH_PROPERTY} system property if set, else
   * {@code gateway/dynamodb-local/target/dynamodb-local.classpath} under the
   * {@code tributary.repoRoot} property or the nearest ancestor of the working directory that
   * has it.
   */
  public static Path defaultClasspathFile() {
    String explicit = System.getProperty(CLASSPATH_PROPERTY);
    if (explicit != null) {
      return Path.of(explicit);
    }
    String root = System.getProperty("tributary.repoRoot");
    if (root != null) {
      return Path.of(root).resolve(RELATIVE_CLASSPATH);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(RELATIVE_CLASSPATH))) {
        return dir.resolve(RELATIVE_CLASSPATH);
      }
    }
    return Path.of("").toAbsolutePath().resolve(RELATIVE_CLASSPATH);
  }
}
