package io.tributary.auth;

import io.tributary.config.AuthMode;
import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * API_KEY mode: the {@code x-api-key} header must name a configured key that has not expired.
 * Keys are compared in constant time so response timing does not reveal key prefixes.
 */
public final class ApiKeyAuthenticator implements Authenticator {
  private static final Logger LOG = Logger.getLogger(ApiKeyAuthenticator.class.getName());
  private static final Identity IDENTITY = Identity.apiKey();

  /** A configured key. */
  public record ApiKey(String id, byte[] secret, Instant expires) {
    public static ApiKey of(String id, String key, Instant expires) {
      return new ApiKey(id, key.getBytes(StandardCharsets.UTF_8), expires);
    }
  }

  private final List<ApiKey> keys;
  private final Clock clock;

  public ApiKeyAuthenticator(List<ApiKey> keys, Clock clock) {
    this.keys = List.copyOf(keys);
    this.clock = clock;
  }

  @Override
  public AuthMode mode() {
    return AuthMode.API_KEY;
  }

  @Override
  public boolean claims(AuthRequest request) {
    return request.header("x-api-key") != null;
  }

  @Override
  public Future<Identity> authenticate(AuthRequest request) {
    String presented = request.header("x-api-key");
    if (presented == null || presented.isEmpty()) {
      return Future.failedFuture(new UnauthorizedException(UnauthorizedException.MISSING));
    }
    ApiKey key = find(presented.getBytes(StandardCharsets.UTF_8));
    if (key == null) {
      LOG.fine("rejected an unknown API key");
      return Future.failedFuture(new UnauthorizedException(UnauthorizedException.NOT_AUTHORIZED));
    }
    if (!clock.instant().isBefore(key.expires())) {
      LOG.info("rejected API key '" + key.id() + "': expired at " + key.expires());
      return Future.failedFuture(new UnauthorizedException(UnauthorizedException.NOT_AUTHORIZED));
    }
    return Future.succeededFuture(IDENTITY);
  }

  /** Checks every key so the time taken does not depend on which key matched. */
  private ApiKey find(byte[] presented) {
    ApiKey match = null;
    for (ApiKey key : keys) {
      if (MessageDigest.isEqual(key.secret(), presented)) {
        match = key;
      }
    }
    return match;
  }
}
