package io.tributary.cache;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClientOptions;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Cached results in Redis, shared by every gateway node: one hash per key ({@code HGET}/{@code HSET}
 * by scope), {@code PEXPIRE … NX} so a key lives its TTL from the first write, {@code UNLINK} to
 * evict and a {@code SCAN} over the prefix to flush. The pooled vertx-redis client opens a new
 * connection when a pooled one died, so the cache comes back by itself after Redis restarts;
 * {@link ResolverCache} keeps requests away from Redis while it is failing.
 */
public final class RedisCacheStore implements CacheStore {
  private final Redis redis;
  private final String prefix;
  private final String endpoint;

  public RedisCacheStore(Vertx vertx, String endpoint, String prefix, Duration connectTimeout) {
    this.redis = Redis.createClient(vertx, new RedisOptions()
        .setConnectionString(endpoint)
        .setMaxPoolSize(16)
        .setMaxPoolWaiting(256)
        .setNetClientOptions(new NetClientOptions().setConnectTimeout((int) connectTimeout.toMillis())
            .setTcpKeepAlive(true)));
    this.prefix = prefix;
    this.endpoint = endpoint.replaceAll("//[^@/]*@", "//***@");
  }

  @Override
  public Future<byte[]> get(String key, String scope) {
    return redis.send(Request.cmd(Command.HGET).arg(key).arg(scope))
        .map(response -> response == null ? null : response.toBuffer().getBytes());
  }

  @Override
  public Future<Void> put(String key, String scope, byte[] value, Duration ttl) {
    List<Request> batch = List.of(
        Request.cmd(Command.HSET).arg(key).arg(scope).arg(Buffer.buffer(value)),
        Request.cmd(Command.PEXPIRE).arg(key).arg(ttl.toMillis()).arg("NX"));
    return redis.batch(batch).mapEmpty();
  }

  @Override
  public Future<Void> evict(List<String> keys) {
    if (keys.isEmpty()) {
      return Future.succeededFuture();
    }
    Request unlink = Request.cmd(Command.UNLINK);
    keys.forEach(unlink::arg);
    return redis.send(unlink).mapEmpty();
  }

  @Override
  public Future<Void> flush() {
    return scanFrom("0");
  }

  private Future<Void> scanFrom(String cursor) {
    return redis.send(Request.cmd(Command.SCAN).arg(cursor).arg("MATCH").arg(prefix + "*").arg("COUNT").arg(500))
        .compose(page -> {
          String next = page.get(0).toString();
          List<String> keys = new ArrayList<>();
          for (Response key : page.get(1)) {
            keys.add(key.toString());
          }
          Future<Void> removed = evict(keys);
          return "0".equals(next) ? removed : removed.compose(v -> scanFrom(next));
        });
  }

  @Override
  public String describe() {
    return "Redis cache at " + endpoint;
  }

  @Override
  public void close() {
    redis.close();
  }
}
