package io.tributary.datasource.none;

import io.tributary.datasource.DataSource;
import io.tributary.datasource.DataSourceCall;
import io.tributary.datasource.DataSourceException;
import io.tributary.datasource.JsonKinds;
import io.vertx.core.Future;
import java.util.Map;

/**
 * AppSync's NONE data source ("local resolver"): the result is the request's {@code payload}. It
 * is how a mutation publishes to subscribers without touching a database.
 */
public final class NoneDataSource implements DataSource {
  private final String name;

  public NoneDataSource(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Future<Object> invoke(DataSourceCall call) {
    Object document = call.document();
    if (document == null) {
      return Future.succeededFuture(null);
    }
    if (!(document instanceof Map<?, ?> request)) {
      return Future.failedFuture(
          new DataSourceException(
              "MappingTemplate",
              "A NONE data source request must be an object such as { payload: ... }, got "
                  + JsonKinds.describe(document)));
    }
    return Future.succeededFuture(request.get("payload"));
  }
}
