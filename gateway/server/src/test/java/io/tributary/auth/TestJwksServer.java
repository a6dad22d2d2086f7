package io.tributary.auth;

import io.tributary.auth.local.LocalIssuer;
import io.tributary.testsupport.Await;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two test issuers over real HTTP: a Cognito-style pool at {@code /pool} (JWKS at
 * {@code /pool/.well-known/jwks.json}) and an OIDC provider at {@code /oidc} (discovery, then JWKS).
 * Keys are generated here; the published key set can be swapped to test rotation, and every JWKS
 * read is counted.
 */
public final class TestJwksServer implements AutoCloseable {
  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;
  private final List<LocalIssuer> poolKeys = new CopyOnWriteArrayList<>();
  private final List<LocalIssuer> oidcKeys = new CopyOnWriteArrayList<>();
  final AtomicInteger poolReads = new AtomicInteger();
  final AtomicInteger oidcReads = new AtomicInteger();
  final int port;

  public TestJwksServer() {
    server = vertx.createHttpServer().requestHandler(request -> {
      String path = request.path();
      JsonObject body;
      if (path.equals("/pool/.well-known/jwks.json")) {
        poolReads.incrementAndGet();
        body = jwks(poolKeys);
      } else if (path.equals("/oidc/.well-known/openid-configuration")) {
        body = new JsonObject().put("issuer", oidcIssuer()).put("jwks_uri", base() + "/oidc/keys");
      } else if (path.equals("/oidc/keys")) {
        oidcReads.incrementAndGet();
        body = jwks(oidcKeys);
      } else {
        request.response().setStatusCode(404).end();
        return;
      }
      request.response().putHeader("content-type", "application/json").end(body.encode());
    });
    Await.result(server.listen(0, "127.0.0.1"));
    port = server.actualPort();
    poolKeys.add(LocalIssuer.generate(poolIssuer(), Clock.systemUTC()));
    oidcKeys.add(LocalIssuer.generate(oidcIssuer(), Clock.systemUTC()));
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  public String poolIssuer() {
    return base() + "/pool";
  }

  public String oidcIssuer() {
    return base() + "/oidc";
  }

  /** The pool's current signing key. */
  public LocalIssuer pool() {
    return poolKeys.get(poolKeys.size() - 1);
  }

  public LocalIssuer oidc() {
    return oidcKeys.get(oidcKeys.size() - 1);
  }

  /** Publishes a new pool key beside the old one (the first half of a rotation). */
  public LocalIssuer rotatePool() {
    LocalIssuer next = pool().rotated();
    poolKeys.add(next);
    return next;
  }

  /** Drops every pool key but the newest (the old key leaves the JWKS). */
  public void retireOldPoolKeys() {
    LocalIssuer newest = pool();
    poolKeys.clear();
    poolKeys.add(newest);
  }

  private static JsonObject jwks(List<LocalIssuer> issuers) {
    JsonArray keys = new JsonArray();
    issuers.forEach(issuer -> keys.addAll(issuer.jwks().getJsonArray("keys")));
    return new JsonObject().put("keys", keys);
  }

  @Override
  public void close() {
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }
}
