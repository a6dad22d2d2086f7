package io.tributary.cache;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * {@code POST /admin/cache/flush}: empties the API cache (AppSync's FlushApiCache). Only callers
 * presenting the configured admin token in {@code x-tributary-admin-token} may; answers are JSON.
 */
public final class CacheAdminRoutes implements Consumer<Router> {
  private static final Logger LOG = Logger.getLogger(CacheAdminRoutes.class.getName());
  public static final String PATH = "/admin/cache/flush";

  private final ResolverCache cache;
  private final byte[] token;

  public CacheAdminRoutes(ResolverCache cache, String token) {
    this.cache = cache;
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void accept(Router router) {
    router.post(PATH).handler(this::flush);
  }

  private void flush(RoutingContext rc) {
    String presented = rc.request().getHeader("x-tributary-admin-token");
    if (presented == null || !MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
      json(rc, 401, "{\"errors\":[{\"errorType\":\"UnauthorizedException\",\"message\":\"You are not authorized to make this call.\"}]}");
      return;
    }
    cache.flush().onComplete(result -> {
      if (result.succeeded()) {
        LOG.info("API cache flushed (" + cache.describe() + ")");
        json(rc, 200, "{\"flushed\":true}");
      } else {
        json(rc, 503, "{\"errors\":[{\"errorType\":\"ServiceUnavailableException\",\"message\":\"The cache could not be flushed: "
            + result.cause().getMessage().replace("\"", "'") + "\"}]}");
      }
    });
  }

  private static void json(RoutingContext rc, int status, String body) {
    rc.response().setStatusCode(status).putHeader("content-type", "application/json").end(body);
  }
}
