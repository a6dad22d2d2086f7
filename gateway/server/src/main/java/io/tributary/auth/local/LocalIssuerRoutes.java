package io.tributary.auth.local;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Consumer;

/**
 * Serves the local issuer's public documents, so any OIDC client or verifier (and the gateway's own
 * OIDC mode pointed at it over HTTP) can find its keys:
 * {@code /local-issuer/.well-known/openid-configuration} and {@code /local-issuer/.well-known/jwks.json}.
 */
public final class LocalIssuerRoutes implements Consumer<Router> {
  public static final String BASE = "/local-issuer";

  private final LocalIssuer issuer;

  public LocalIssuerRoutes(LocalIssuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public void accept(Router router) {
    router.get(BASE + "/.well-known/jwks.json").handler(rc -> json(rc, issuer.jwks()));
    router.get(BASE + "/.well-known/openid-configuration").handler(rc -> {
      String origin = rc.request().scheme() + "://" + rc.request().authority();
      json(rc, issuer.discovery(origin + BASE + "/.well-known/jwks.json"));
    });
  }

  private static void json(RoutingContext rc, JsonObject body) {
    rc.response().putHeader("content-type", "application/json").putHeader("cache-control", "max-age=300")
        .end(body.toBuffer());
  }
}
