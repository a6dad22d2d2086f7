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
 */
public record DataSourceDescriptor(@Required DataSourceType type, String description, TableDescriptor table,
    String eventBusName, String endpoint) implements ConfigValidation {

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
