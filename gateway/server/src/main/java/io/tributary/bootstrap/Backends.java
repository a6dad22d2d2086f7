package io.tributary.bootstrap;

import io.tributary.composition.descriptor.DataSourceDescriptor;
import io.tributary.composition.source.LoadedSourceApi;
import io.tributary.config.GatewayConfig;
import io.tributary.datasource.DataSource;
import io.tributary.datasource.DataSourceRegistry;
import io.tributary.datasource.eventbridge.EventBridgeDataSource;
import io.tributary.datasource.eventbridge.EventBus;
import io.tributary.datasource.none.NoneDataSource;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.tributary.composition.descriptor.DataSourceType;
import io.tributary.composition.descriptor.TableDescriptor;
import io.tributary.datasource.dynamodb.CallRecorder;
import io.tributary.datasource.dynamodb.local.TableSpec;

/**
 * The backend clients the data sources share and the data sources themselves, one per
 * declaration in each source API. Owns their lifecycle.
 */
final class Backends implements AutoCloseable {
  private final DataSourceRegistry dataSources;
  private final List<AutoCloseable> owned;

  private final DynamoDbBackend dynamo;
  private final EventBus events;

  private Backends(DataSourceRegistry dataSources, List<AutoCloseable> owned, DynamoDbBackend dynamo, EventBus events) {
    this.dataSources = dataSources;
    this.owned = owned;
    this.dynamo = dynamo;
    this.events = events;
  }

  /** The event bus of the EventBridge data sources; null when no source API declares one. */
  EventBus events() {
    return events;
  }

  private static boolean uses(List<LoadedSourceApi> apis, DataSourceType type) {
    return apis.stream().anyMatch(api -> api.descriptor().dataSources().values().stream()
        .anyMatch(d -> d.type() == type));
  }

  static Backends start(Vertx vertx, GatewayConfig config, Path baseDir, List<LoadedSourceApi> apis,
      io.tributary.resolver.js.JsRuntime js) {
    List<String> problems = new ArrayList<>();
    Map<String, TableSpec> tables = TableSpecs.collect(declaredTables(apis), config.dynamodb().tablePrefix(), problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    List<AutoCloseable> owned = new ArrayList<>();
    DynamoDbBackend dynamo = tables.isEmpty()
        ? null
        : DynamoDbBackend.start(vertx, config.dynamodb(), config.pagination(), baseDir, tables);
    if (dynamo != null) {
      owned.add(dynamo);
    }
    EventBus events = uses(apis, DataSourceType.AMAZON_EVENTBRIDGE) ? EventBuses.start(config.eventBridge()) : null;
    if (events != null) {
      owned.add(events);
    }
    // One HTTP client for every HTTP data source, opened only when one is declared.
    io.vertx.core.http.HttpClient http = uses(apis, DataSourceType.HTTP)
        ? vertx.createHttpClient(new io.vertx.core.http.HttpClientOptions().setKeepAlive(true)
            .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.httpDataSources().timeout().toMillis())))
        : null;
    if (http != null) {
      owned.add(http::close);
    }
    DataSourceRegistry registry = new DataSourceRegistry();
    for (LoadedSourceApi api : apis) {
      api.descriptor().dataSources().forEach((name, descriptor) -> {
        try {
          DataSource source = switch (descriptor.type()) {
            case AWS_LAMBDA -> lambda(name, descriptor, api, config.lambda(), js);
            case HTTP -> new io.tributary.datasource.http.HttpDataSource(name, http,
                java.net.URI.create(descriptor.endpoint()), config.httpDataSources().timeout().toMillis(),
                config.httpDataSources().maxResponseBytes(), signer(descriptor, config.httpDataSources()));
            default -> create(name, descriptor, dynamo, events);
          };
          registry.register(api.name(), source);
        } catch (IllegalArgumentException e) {
          problems.add(api.name() + ": data source '" + name + "': " + e.getMessage());
        }
      });
    }
    Backends backends = new Backends(registry, owned, dynamo, events);
    if (!problems.isEmpty()) {
      backends.close();
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return backends;
  }

  private static Map<String, TableDescriptor> declaredTables(List<LoadedSourceApi> apis) {
    Map<String, TableDescriptor> tables = new LinkedHashMap<>();
    for (LoadedSourceApi api : apis) {
      api.descriptor().dataSources().forEach((name, descriptor) -> {
        if (descriptor.type() == DataSourceType.AMAZON_DYNAMODB) {
          tables.put(api.name() + "/" + name, descriptor.table());
        }
      });
    }
    return tables;
  }

  private static io.tributary.datasource.http.RequestSigner signer(DataSourceDescriptor descriptor,
      io.tributary.config.HttpDataSourcesConfig http) {
    if (descriptor.authorization() == null) {
      return null;
    }
    return new io.tributary.datasource.http.RequestSigner(io.tributary.aws.AwsCredentials.provider(http.credentials()),
        descriptor.authorization().signingRegion(), descriptor.authorization().signingServiceName());
  }

  private static DataSource lambda(String name, DataSourceDescriptor descriptor, LoadedSourceApi api,
      io.tributary.config.LambdaClientConfig client, io.tributary.resolver.js.JsRuntime js) {
    io.tributary.aws.lambda.LambdaInvoker function = descriptor.localModule() != null
        ? io.tributary.aws.lambda.LocalJsLambdaInvoker.load(js, api.descriptor().resolve(descriptor.localModule()))
        : io.tributary.aws.lambda.SdkLambdaInvoker.create(descriptor.functionArn(), client.region(),
            client.endpoint() == null ? null : java.net.URI.create(client.endpoint()), client.credentials(),
            client.timeout());
    return new io.tributary.datasource.lambda.LambdaDataSource(name, function, descriptor.batchSize());
  }

  private static DataSource create(String name, DataSourceDescriptor descriptor, DynamoDbBackend dynamo,
      EventBus events) {
    return switch (descriptor.type()) {
      case NONE -> new NoneDataSource(name);
      case AMAZON_DYNAMODB -> dynamo.dataSource(name, descriptor.table().name());
      case AMAZON_EVENTBRIDGE -> new EventBridgeDataSource(name, descriptor.eventBusName(), events);
      default -> throw new IllegalArgumentException("type " + descriptor.type() + " is not available in this build");
    };
  }

  /** DynamoDB calls made so far, by operation; null when no source API uses DynamoDB. */
  CallRecorder dynamoDbCalls() {
    return dynamo == null ? null : dynamo.calls();
  }

  DataSourceRegistry dataSources() {
    return dataSources;
  }

  @Override
  public void close() {
    dataSources.closeAll();
    for (int i = owned.size() - 1; i >= 0; i--) {
      try {
        owned.get(i).close();
      } catch (Exception ignored) {
        // best effort on the way down
      }
    }
  }
}
