package io.tributary.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DynamoDB, the store behind AMAZON_DYNAMODB data sources.
 *
 * @param mode LOCAL starts DynamoDB Local; AWS talks to the service (or {@link #endpoint})
 * @param region AWS region used for signing and the default endpoint
 * @param endpoint optional endpoint override (absolute http/https URI); null uses the region's
 *     endpoint in AWS mode and the started DynamoDB Local in LOCAL mode
 * @param credentials optional static credentials; null uses the default chain (AWS) or a dummy pair (LOCAL)
 * @param tablePrefix prepended to every table name in api.yaml, to share one account between stages
 * @param createTables create missing tables at start; null means true in LOCAL and false in AWS
 * @param callTimeout time one DynamoDB call may take, retries included
 * @param maxRetries SDK retries for throttling and transient errors, 0..10
 * @param batchGetItems coalesce GetItems issued in one event-loop turn into BatchGetItem calls;
 *     turn off only to measure the N+1 baseline
 * @param local DynamoDB Local settings (LOCAL mode only)
 */
public record DynamoDbConfig(DynamoDbMode mode, String region, String endpoint,
    AwsCredentialsConfig credentials, String tablePrefix, Boolean createTables, Duration callTimeout,
    int maxRetries, boolean batchGetItems, DynamoDbLocalConfig local) implements ConfigValidation {

  /** DynamoDB table names allow these characters; a prefix must too. */
  private static final Pattern TABLE_NAME_CHARS = Pattern.compile("[A-Za-z0-9_.-]*");

  public static DynamoDbConfig defaults() {
    return new DynamoDbConfig(DynamoDbMode.LOCAL, "us-east-1", null, null, "", null,
        Duration.ofSeconds(5), 3, true, DynamoDbLocalConfig.defaults());
  }

  /** Whether missing tables are created at start, after applying the per-mode default. */
  public boolean shouldCreateTables() {
    return createTables != null ? createTables : mode == DynamoDbMode.LOCAL;
  }

  /** The endpoint override as a URI, when one is configured. */
  public Optional<URI> endpointUri() {
    return endpoint == null ? Optional.empty() : Optional.of(URI.create(endpoint));
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .notBlank("region", region)
        .require(endpoint == null || isHttpUri(endpoint), "endpoint",
            "must be an absolute http or https URI, got '" + endpoint + "'")
        .require(TABLE_NAME_CHARS.matcher(tablePrefix).matches(), "tablePrefix",
            "may only contain letters, digits, '_', '-' and '.', got '" + tablePrefix + "'")
        .positive("callTimeout", callTimeout)
        .range("maxRetries", maxRetries, 0, 10)
        .problems();
  }

  private static boolean isHttpUri(String text) {
    try {
      URI uri = new URI(text);
      boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
      return http && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
