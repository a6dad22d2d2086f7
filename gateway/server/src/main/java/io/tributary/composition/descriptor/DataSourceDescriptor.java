package io.tributary.composition.descriptor;

import io.tributary.config.ConfigChecks;
import io.tributary.config.ConfigProblem;
import io.tributary.config.ConfigValidation;
import io.tributary.config.Required;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * One data source of a source API; each type uses only its own fields.
 *
 * @param type the kind of backend
 * @param description free text
 * @param table the DynamoDB table (AMAZON_DYNAMODB only, required there)
 * @param eventBusName the EventBridge bus events are put on (AMAZON_EVENTBRIDGE only, required there)
 * @param endpoint absolute http(s) base URI (HTTP only, required there)
 * @param functionArn the function to invoke (AWS_LAMBDA only; this or localModule)
 * @param localModule a JS file in the source API folder exporting handler(event) (AWS_LAMBDA only)
 * @param maxBatchSize most payloads one BatchInvoke carries (AWS_LAMBDA only, 1..2000, AppSync's range)
 * @param authorization SigV4 signing of requests (HTTP only, optional)
 */
public record DataSourceDescriptor(@Required DataSourceType type, String description, TableDescriptor table,
    String eventBusName, String endpoint, String functionArn, java.nio.file.Path localModule, Integer maxBatchSize,
    HttpAuthorizationDescriptor authorization) implements ConfigValidation {

  public DataSourceDescriptor(DataSourceType type, String description, TableDescriptor table, String eventBusName,
      String endpoint) {
    this(type, description, table, eventBusName, endpoint, null, null, null, null);
  }

  /** maxBatchSize, or AppSync's default of 5 when not set. */
  public int batchSize() {
    return maxBatchSize == null ? 5 : maxBatchSize;
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .require(table != null || type != DataSourceType.AMAZON_DYNAMODB, "table", "required for AMAZON_DYNAMODB")
        .require(table == null || type == DataSourceType.AMAZON_DYNAMODB, "table", onlyFor("AMAZON_DYNAMODB"))
        .require(eventBusName != null || type != DataSourceType.AMAZON_EVENTBRIDGE, "eventBusName",
            "required for AMAZON_EVENTBRIDGE")
        .require(eventBusName == null || type == DataSourceType.AMAZON_EVENTBRIDGE, "eventBusName",
            onlyFor("AMAZON_EVENTBRIDGE"))
        .require(endpoint != null || type != DataSourceType.HTTP, "endpoint", "required for HTTP")
        .require(endpoint == null || type == DataSourceType.HTTP, "endpoint", onlyFor("HTTP"))
        .require(type != DataSourceType.AWS_LAMBDA || (functionArn == null) != (localModule == null), "functionArn",
            "AWS_LAMBDA needs exactly one of functionArn and localModule")
        .require(type == DataSourceType.AWS_LAMBDA || (functionArn == null && localModule == null && maxBatchSize == null),
            "functionArn", onlyFor("AWS_LAMBDA") + " (functionArn, localModule, maxBatchSize)")
        .require(authorization == null || type == DataSourceType.HTTP, "authorization", onlyFor("HTTP"))
        .require(maxBatchSize == null || (maxBatchSize >= 1 && maxBatchSize <= 2000), "maxBatchSize",
            "must be between 1 and 2000")
        .require(endpoint == null || isHttpUri(endpoint), "endpoint",
            "must be an absolute http or https URI, got '" + endpoint + "'")
        .problems();
  }

  private String onlyFor(String allowed) {
    return "only allowed for " + allowed + " data sources, not " + type;
  }

  private static boolean isHttpUri(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
