package io.tributary.bootstrap;

import io.tributary.composition.descriptor.DataSourceDescriptor;
import io.tributary.composition.source.LoadedSourceApi;
import io.tributary.config.GatewayConfig;
import io.tributary.datasource.DataSource;
import io.tributary.datasource.DataSourceRegistry;
import io.tributary.datasource.none.NoneDataSource;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The backend clients the data sources share and the data sources themselves, one per
 * declaration in each source API. Owns their lifecycle.
 */
final class Backends implements AutoCloseable {
  private final DataSourceRegistry dataSources;
  private final List<AutoCloseable> owned;

  private Backends(DataSourceRegistry dataSources, List<AutoCloseable> owned) {
    this.dataSources = dataSources;
    this.owned = owned;
  }

  static Backends start(Vertx vertx, GatewayConfig config, Path baseDir, List<LoadedSourceApi> apis) {
    DataSourceRegistry registry = new DataSourceRegistry();
    List<AutoCloseable> owned = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (LoadedSourceApi api : apis) {
      api.descriptor().dataSources().forEach((name, descriptor) -> {
        try {
          registry.register(api.name(), create(name, descriptor));
        } catch (IllegalArgumentException e) {
          problems.add(api.name() + ": data source '" + name + "': " + e.getMessage());
        }
      });
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return new Backends(registry, owned);
  }

  private static DataSource create(String name, DataSourceDescriptor descriptor) {
    return switch (descriptor.type()) {
      case NONE -> new NoneDataSource(name);
      default -> throw new IllegalArgumentException("type " + descriptor.type() + " is not available in this build");
    };
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
