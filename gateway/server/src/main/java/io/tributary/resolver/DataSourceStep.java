package io.tributary.resolver;

import io.tributary.datasource.DataSource;
import io.tributary.datasource.DataSourceCall;
import io.tributary.datasource.DataSourceException;
import io.tributary.execution.RequestScope;
import io.vertx.core.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The middle of every resolver step: hand the request document to the data source and record the
 * outcome in {@code ctx.result} or {@code ctx.error}, so the response handler decides what a
 * failure means (as in AppSync). Remembers the failure's data (for example the current item of a
 * failed condition) so it can be attached when the handler re-raises that same error.
 */
final class DataSourceStep {
  private static final Logger LOG = Logger.getLogger(DataSourceStep.class.getName());

  private DataSourceStep() {}

  static Future<DataSourceException> run(
      DataSource dataSource, String caller, Object document, ResolverContext ctx, RequestScope scope) {
    Future<Object> call;
    try {
      call = dataSource.invoke(new DataSourceCall(document, caller, scope));
    } catch (RuntimeException e) {
      call = Future.failedFuture(e);
    }
    return call.transform(
        ar -> {
          if (ar.succeeded()) {
            ctx.succeeded(ar.result());
            return Future.succeededFuture(null);
          }
          DataSourceException failure = asDataSourceFailure(caller, ar.cause());
          ctx.failed(failure.getMessage(), failure.errorType());
          return Future.succeededFuture(failure);
        });
  }

  /** Unknown exceptions never reach a client: log them and expose a generic error. */
  private static DataSourceException asDataSourceFailure(String caller, Throwable cause) {
    if (cause instanceof DataSourceException dse) {
      return dse;
    }
    LOG.log(Level.WARNING, "data source call from " + caller + " failed", cause);
    return new DataSourceException("InternalFailure", "An internal failure occurred.");
  }

  /** Attaches the data source's error data when the handler re-raised that error without data. */
  static ResolverError enrich(ResolverError error, DataSourceException dsFailure) {
    if (error == null || dsFailure == null || error.data() != null) {
      return error;
    }
    if (!dsFailure.errorType().equals(error.errorType()) || dsFailure.data() == null) {
      return error;
    }
    return new ResolverError(error.message(), error.errorType(), dsFailure.data(), error.errorInfo());
  }
}
