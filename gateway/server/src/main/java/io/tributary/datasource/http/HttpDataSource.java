package io.tributary.datasource.http;

import io.tributary.datasource.DataSource;
import io.tributary.datasource.DataSourceCall;
import io.tributary.datasource.DataSourceException;
import io.tributary.datasource.JsonKinds;
import io.tributary.http.JsonCodec;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AppSync's HTTP data source on the Vert.x HTTP client: the request is
 * {@code {method, resourcePath, params: {headers, query, body}}} against the configured endpoint,
 * the result {@code {statusCode, headers, body}} for every status (the response handler decides
 * what a 4xx or 5xx means, as in AppSync). A malformed request is a {@code MappingTemplate} error
 * before any call; a timeout, a refused connection or a body over the limit is an
 * {@code HTTP:<reason>} error.
 */
public final class HttpDataSource implements DataSource {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  private final String name;
  private final HttpClient client;
  private final URI endpoint;
  private final long timeoutMillis;
  private final int maxBodyBytes;
  private final RequestSigner signer;

  public HttpDataSource(String name, HttpClient client, URI endpoint, long timeoutMillis, int maxBodyBytes) {
    this(name, client, endpoint, timeoutMillis, maxBodyBytes, null);
  }

  /** @param signer signs every request with SigV4 (authorization: AWS_IAM), or null */
  public HttpDataSource(String name, HttpClient client, URI endpoint, long timeoutMillis, int maxBodyBytes,
      RequestSigner signer) {
    this.signer = signer;
    this.name = name;
    this.client = client;
    this.endpoint = endpoint;
    this.timeoutMillis = timeoutMillis;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Future<Object> invoke(DataSourceCall call) {
    Prepared prepared;
    try {
      prepared = prepare(call.document());
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(new DataSourceException("MappingTemplate", e.getMessage()));
    }
    Future<Void> signed = signer == null ? Future.succeededFuture()
        : signer.sign(prepared.options.getMethod().name(), URI.create((prepared.options.isSsl() ? "https" : "http") + "://"
            + endpoint.getHost() + ":" + prepared.options.getPort() + prepared.options.getURI()), prepared.headers,
            prepared.body);
    Future<Object> answered = signed.compose(v -> client.request(prepared.options))
        .compose(request -> {
          prepared.headers.forEach(h -> request.headers().add(h.getKey(), h.getValue()));
          return prepared.body == null ? request.send() : request.send(Buffer.buffer(prepared.body));
        })
        .compose(this::read)
        .timeout(timeoutMillis, TimeUnit.MILLISECONDS);
    return call.scope().resume(answered.recover(e -> Future.failedFuture(e instanceof DataSourceException ? e
        : new DataSourceException(e instanceof java.util.concurrent.TimeoutException ? "HTTP:Timeout" : "HTTP:RequestFailed",
            prepared.options.getMethod() + " " + prepared.path + " failed: " + e.getMessage()))));
  }

  private record Prepared(RequestOptions options, MultiMap headers, String path, String body) {}

  private Prepared prepare(Object document) {
    if (!(document instanceof Map<?, ?> request)) {
      throw new IllegalArgumentException("An HTTP request must be an object such as { method, resourcePath, params }, got "
          + JsonKinds.describe(document));
    }
    String method = request.get("method") instanceof String m ? m.toUpperCase(java.util.Locale.ROOT) : null;
    if (method == null || !METHODS.contains(method)) {
      throw new IllegalArgumentException("method must be one of " + METHODS + ", got " + request.get("method"));
    }
    if (!(request.get("resourcePath") instanceof String path) || !path.startsWith("/")) {
      throw new IllegalArgumentException("resourcePath must be a string starting with '/'");
    }
    Map<?, ?> params = request.get("params") == null ? Map.of() : request.get("params") instanceof Map<?, ?> p ? p : null;
    if (params == null) {
      throw new IllegalArgumentException("params must be an object {headers, query, body}");
    }
    String base = endpoint.getRawPath() == null || endpoint.getRawPath().equals("/") ? "" : endpoint.getRawPath();
    boolean tls = "https".equalsIgnoreCase(endpoint.getScheme());
    int port = endpoint.getPort() > 0 ? endpoint.getPort() : tls ? 443 : 80;
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    MultiMap query = MultiMap.caseInsensitiveMultiMap();
    copyInto(headers, params.get("headers"), "params.headers");
    copyInto(query, params.get("query"), "params.query");
    StringBuilder uri = new StringBuilder(base).append(path);
    char separator = path.contains("?") ? '&' : '?';
    for (Map.Entry<String, String> q : query) {
      uri.append(separator).append(URLEncoder.encode(q.getKey(), StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    Object body = params.get("body");
    String text = body == null ? null : body instanceof String s ? s : JsonCodec.writeString(body);
    if (body != null && !(body instanceof String) && headers.get("content-type") == null) {
      headers.add("content-type", "application/json");
    }
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(method)).setHost(endpoint.getHost())
        .setPort(port).setSsl(tls).setURI(uri.toString()).setIdleTimeout(timeoutMillis);
    return new Prepared(options, headers, path, text);
  }

  private static void copyInto(MultiMap target, Object values, String where) {
    if (values == null) {
      return;
    }
    if (!(values instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(where + " must be an object of strings");
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      Object value = entry.getValue();
      if (value instanceof List<?> list) {
        list.forEach(v -> target.add(String.valueOf(entry.getKey()), String.valueOf(v)));
      } else if (value != null) {
        target.add(String.valueOf(entry.getKey()), String.valueOf(value));
      }
    }
  }

  /** The whole response, streamed: a body over the limit stops the transfer instead of filling memory. */
  private Future<Object> read(HttpClientResponse response) {
    String length = response.getHeader("content-length");
    if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > maxBodyBytes) {
      response.request().reset();
      return Future.failedFuture(tooLarge(Long.parseLong(length)));
    }
    Promise<Object> done = Promise.promise();
    Buffer body = Buffer.buffer();
    response.handler(chunk -> {
      if (body.length() + chunk.length() > maxBodyBytes) {
        if (done.tryFail(tooLarge(body.length() + chunk.length()))) {
          response.request().reset();
        }
        return;
      }
      body.appendBuffer(chunk);
    });
    response.exceptionHandler(done::tryFail);
    response.endHandler(v -> {
      Map<String, Object> headers = new LinkedHashMap<>();
      response.headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(java.util.Locale.ROOT), h.getValue()));
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("statusCode", response.statusCode());
      result.put("headers", headers);
      result.put("body", body.toString(StandardCharsets.UTF_8));
      done.tryComplete(result);
    });
    return done.future();
  }

  private DataSourceException tooLarge(long bytes) {
    return new DataSourceException("HTTP:ResponseTooLarge",
        "The response body has " + (bytes > maxBodyBytes ? "more than " + maxBodyBytes : bytes)
            + " bytes; at most " + maxBodyBytes + " are accepted");
  }
}
