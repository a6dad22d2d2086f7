package io.tributary.config;

import java.time.Duration;
import java.util.List;

/**
 * The HTTP listener that serves GraphQL queries and mutations.
 *
 * @param host interface to bind; {@code 0.0.0.0} listens on all of them
 * @param port TCP port, 0..65535; 0 picks a free port (tests)
 * @param graphqlPath path of the GraphQL endpoint (AppSync: {@code /graphql}); starts with '/'
 * @param maxRequestBytes largest accepted request body; larger bodies get HTTP 413
 * @param requestTimeout time one request may take end to end (AppSync's hard limit is 30 s)
 * @param tls TLS settings for the listener
 */
public record ServerConfig(String host, int port, String graphqlPath, long maxRequestBytes,
    Duration requestTimeout, TlsConfig tls) implements ConfigValidation {

  public static ServerConfig defaults() {
    return new ServerConfig("0.0.0.0", 8080, "/graphql", 1_048_576, Duration.ofSeconds(30), TlsConfig.defaults());
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .notBlank("host", host)
        .range("port", port, 0, 65_535)
        .require(graphqlPath.startsWith("/"), "graphqlPath", "must start with '/', got '" + graphqlPath + "'")
        .atLeast("maxRequestBytes", maxRequestBytes, 1)
        .positive("requestTimeout", requestTimeout)
        .problems();
  }
}
