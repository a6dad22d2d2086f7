package io.tributary.bootstrap;

import io.tributary.config.DynamoDbConfig;
import io.tributary.config.DynamoDbMode;
import io.tributary.config.PaginationConfig;
import io.tributary.datasource.dynamodb.CallRecorder;
import io.tributary.datasource.dynamodb.DynamoDbClientOptions;
import io.tributary.datasource.dynamodb.DynamoDbClients;
import io.tributary.datasource.dynamodb.DynamoDbDataSource;
import io.tributary.datasource.dynamodb.PageTokens;
import io.tributary.datasource.dynamodb.TableMapping;
import io.tributary.datasource.dynamodb.local.DynamoDbLocalOptions;
import io.tributary.datasource.dynamodb.local.DynamoDbLocalProcess;
import io.tributary.datasource.dynamodb.local.TableProvisioner;
import io.tributary.datasource.dynamodb.local.TableSpec;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The DynamoDB side of the gateway: in LOCAL mode a DynamoDB Local process keeping its data in
 * the data directory (started by the gateway, never bundled), in AWS mode the real service or any
 * compatible endpoint; one async client shared by every DynamoDB data source; the tables the
 * source APIs declare, created when allowed; and the key sealing pagination tokens.
 */
final class DynamoDbBackend implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(DynamoDbBackend.class.getName());

  private final DynamoDbConfig config;
  private final DynamoDbLocalProcess local;
  private final DynamoDbAsyncClient client;
  private final PageTokens tokens;
  private final CallRecorder calls;

  private DynamoDbBackend(DynamoDbConfig config, DynamoDbLocalProcess local, DynamoDbAsyncClient client, PageTokens tokens,
      CallRecorder calls) {
    this.calls = calls;
    this.config = config;
    this.local = local;
    this.client = client;
    this.tokens = tokens;
  }

  static DynamoDbBackend start(Vertx vertx, DynamoDbConfig config, PaginationConfig pagination, Path baseDir,
      Map<String, TableSpec> tables) {
    DynamoDbLocalProcess local = config.mode() == DynamoDbMode.LOCAL && config.endpoint() == null
        ? Gateway.await(DynamoDbLocalProcess.start(vertx, localOptions(config, baseDir)))
        : null;
    CallRecorder recorder = new CallRecorder();
    DynamoDbAsyncClient client;
    try {
      client = DynamoDbClients.create(clientOptions(config, local), List.of(recorder));
      Gateway.await(DynamoDbClients.warmUp(vertx, client));
      if (config.shouldCreateTables() && !tables.isEmpty()) {
        List<String> created = Gateway.await(new TableProvisioner(client, vertx.getOrCreateContext()).provision(List.copyOf(tables.values())));
        created.forEach(name -> LOG.info("created DynamoDB table " + name));
      }
    } catch (RuntimeException e) {
      if (local != null) {
        local.stop();
      }
      throw e;
    }
    return new DynamoDbBackend(config, local, client, new PageTokens(tokenSecret(pagination)), recorder);
  }

  DynamoDbDataSource dataSource(String name, String logicalTable) {
    return new DynamoDbDataSource(name, client, TableMapping.prefixed(config.tablePrefix(), logicalTable), tokens,
        config.batchGetItems());
  }

  CallRecorder calls() {
    return calls;
  }

  private static DynamoDbLocalOptions localOptions(DynamoDbConfig config, Path baseDir) {
    var local = config.local();
    Path classpath = baseDir.resolve(local.classpathFile());
    DynamoDbLocalOptions options = local.inMemory()
        ? DynamoDbLocalOptions.inMemory()
        : DynamoDbLocalOptions.persistent(baseDir.resolve(local.dataDirectory()));
    return new DynamoDbLocalOptions(classpath, options.dbPath(), local.port(), Duration.ofSeconds(60));
  }

  private static DynamoDbClientOptions clientOptions(DynamoDbConfig config, DynamoDbLocalProcess local) {
    String endpoint = local != null ? local.endpoint().toString() : config.endpoint();
    var credentials = config.credentials();
    if (credentials == null && config.mode() == DynamoDbMode.LOCAL) {
      return new DynamoDbClientOptions(config.region(), endpoint, "local", "local", null, config.callTimeout(), config.maxRetries());
    }
    return new DynamoDbClientOptions(config.region(), endpoint,
        credentials == null ? null : credentials.accessKeyId(),
        credentials == null ? null : credentials.secretAccessKey(),
        credentials == null ? null : credentials.sessionToken(),
        config.callTimeout(), config.maxRetries());
  }

  /** Without a configured secret, tokens stay valid only until this process stops. */
  private static String tokenSecret(PaginationConfig pagination) {
    if (pagination.hasTokenSecret()) {
      return pagination.tokenSecret();
    }
    LOG.warning("pagination.tokenSecret is not set: nextToken values will not survive a restart "
        + "and will not work across gateway nodes. Set TRIBUTARY_TOKEN_SECRET for production.");
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return Base64.getEncoder().encodeToString(random);
  }

  @Override
  public void close() {
    client.close();
    if (local != null) {
      Gateway.await(local.stop());
    }
  }
}
