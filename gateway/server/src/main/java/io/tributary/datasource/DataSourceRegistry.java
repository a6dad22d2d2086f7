package io.tributary.datasource;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every data source of every source API, by {@code <sourceApi>/<name>}. Data sources belong to
 * their source API: two teams may both call theirs "table" without clashing, as in AppSync.
 */
public final class DataSourceRegistry {
  private final Map<String, DataSource> byId = new LinkedHashMap<>();

  public void register(String api, DataSource dataSource) {
    byId.put(id(api, dataSource.name()), dataSource);
  }

  public DataSource get(String api, String name) {
    DataSource dataSource = byId.get(id(api, name));
    if (dataSource == null) {
      throw new IllegalArgumentException(api + ": unknown data source '" + name + "'");
    }
    return dataSource;
  }

  public Future<Void> closeAll() {
    List<Future<Void>> closing = new ArrayList<>();
    byId.values().forEach(ds -> closing.add(ds.close()));
    return Future.join(closing).mapEmpty();
  }

  private static String id(String api, String name) {
    return api + "/" + name;
  }
}
