package io.tributary.composition.descriptor;

import io.tributary.config.ConfigChecks;
import io.tributary.config.ConfigProblem;
import io.tributary.config.ConfigValidation;
import io.tributary.config.Required;
import java.util.List;

/**
 * How an HTTP data source signs its requests, as AppSync's {@code authorizationConfig}: AWS_IAM
 * signs with SigV4 for an AWS service endpoint (credentials from {@code httpDataSources.credentials},
 * else the SDK's default chain).
 *
 * @param type AWS_IAM, the only kind AppSync has
 * @param signingRegion the region in the signature's scope
 * @param signingServiceName the service in the signature's scope, e.g. {@code execute-api}
 */
public record HttpAuthorizationDescriptor(@Required String type, @Required String signingRegion,
    @Required String signingServiceName) implements ConfigValidation {

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .require("AWS_IAM".equals(type), "type", "must be AWS_IAM, got '" + type + "'")
        .notBlank("signingRegion", signingRegion)
        .notBlank("signingServiceName", signingServiceName)
        .problems();
  }
}
