package io.tributary.bench.realtime;

import io.tributary.http.JsonCodec;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.Map;

/** Sends {@code publish(message)} mutations over HTTP to one gateway node. */
final class Publisher {
  private static final String MUTATION = "mutation Publish($m: String!) { publish(message: $m) { id message at } }";

  private final HttpClient http;
  private final RequestOptions request;

  Publisher(Vertx vertx, int port, String apiKey, int poolSize) {
    this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(poolSize));
    this.request = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
        .setURI("/graphql").putHeader("content-type", "application/json").putHeader("x-api-key", apiKey);
  }

  /** Completes with the response body once the mutation answered; fails on a non-200 or an error. */
  Future<Buffer> publish(String message) {
    Buffer body = Buffer.buffer(JsonCodec.write(Map.of("query", MUTATION, "variables", Map.of("m", message))));
    return http.request(request).compose(req -> req.send(body)).compose(response -> response.body().compose(b -> {
      if (response.statusCode() != 200 || b.toString().contains("\"errors\"")) {
        return Future.failedFuture("mutation failed: HTTP " + response.statusCode() + " " + b);
      }
      return Future.succeededFuture(b);
    }));
  }

  Future<Void> close() {
    return http.close();
  }
}
