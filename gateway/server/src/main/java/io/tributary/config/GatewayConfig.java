package io.tributary.config;

import java.util.List;

/**
 * The whole gateway configuration ({@code config/gateway.yaml}). Load it with {@link ConfigLoader}.
 *
 * @param server the HTTP listener for queries and mutations
 * @param realtime WebSocket subscriptions
 * @param sourceApis where the source APIs are found
 * @param auth authorization modes and API keys
 * @param limits per-request limits
 * @param resolvers resolver runtimes
 * @param documentCache cache of parsed and validated documents
 * @param dynamodb the DynamoDB connection
 * @param redis cross-node pub/sub
 * @param pagination pagination token sealing
 * @param cache the API cache of resolver results
 * @param eventBridge where AMAZON_EVENTBRIDGE data sources put events
 * @param lambda the Lambda client of AWS_LAMBDA data sources
 * @param httpDataSources limits of HTTP data sources
 * @param metrics Prometheus metrics on an admin port
 */
public record GatewayConfig(ServerConfig server, RealtimeConfig realtime, SourceApisConfig sourceApis,
    AuthConfig auth, LimitsConfig limits, ResolversConfig resolvers, DocumentCacheConfig documentCache,
    DynamoDbConfig dynamodb, RedisConfig redis, PaginationConfig pagination, CacheConfig cache,
    EventBridgeConfig eventBridge, LambdaClientConfig lambda, HttpDataSourcesConfig httpDataSources,
    MetricsConfig metrics) implements ConfigValidation {

  public GatewayConfig(ServerConfig server, RealtimeConfig realtime, SourceApisConfig sourceApis, AuthConfig auth,
      LimitsConfig limits, ResolversConfig resolvers, DocumentCacheConfig documentCache, DynamoDbConfig dynamodb,
      RedisConfig redis, PaginationConfig pagination) {
    this(server, realtime, sourceApis, auth, limits, resolvers, documentCache, dynamodb, redis, pagination,
        CacheConfig.defaults(), EventBridgeConfig.defaults(), LambdaClientConfig.defaults(),
        HttpDataSourcesConfig.defaults(), MetricsConfig.defaults());
  }

  public static GatewayConfig defaults() {
    return new GatewayConfig(ServerConfig.defaults(), RealtimeConfig.defaults(), SourceApisConfig.defaults(),
        AuthConfig.defaults(), LimitsConfig.defaults(), ResolversConfig.defaults(), DocumentCacheConfig.defaults(),
        DynamoDbConfig.defaults(), RedisConfig.defaults(), PaginationConfig.defaults(), CacheConfig.defaults(),
        EventBridgeConfig.defaults(), LambdaClientConfig.defaults(), HttpDataSourcesConfig.defaults(),
        MetricsConfig.defaults());
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .require(!realtime.path().equals(server.graphqlPath()), "realtime.path",
            "must differ from server.graphqlPath (use realtime.host to serve both on one path)")
        .problems();
  }
}
