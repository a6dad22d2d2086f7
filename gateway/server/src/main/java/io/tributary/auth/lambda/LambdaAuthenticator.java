package io.tributary.auth.lambda;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.tributary.auth.AuthRequest;
import io.tributary.auth.Authenticator;
import io.tributary.auth.Identity;
import io.tributary.auth.UnauthorizedException;
import io.tributary.aws.lambda.LambdaInvoker;
import io.tributary.config.AuthMode;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * AWS_LAMBDA: the {@code Authorization} value is handed to a function (AppSync's authorizer event)
 * whose answer decides. Honours AppSync's contract: {@code isAuthorized}, {@code resolverContext}
 * (ctx.identity.resolverContext), {@code deniedFields} (Type.field or field ARNs, answered null),
 * {@code ttlOverride} (seconds the answer is cached for this token; 0 = not cached), the
 * configured {@code identityValidationExpression} (checked before any call) and a time limit
 * (a late or malformed answer is a 401). Answers are cached per token in a bounded Caffeine cache,
 * keyed by the token's SHA-256 so tokens are not kept in memory as such.
 */
public final class LambdaAuthenticator implements Authenticator {
  private static final Logger LOG = Logger.getLogger(LambdaAuthenticator.class.getName());
  private static final Pattern FIELD_ARN = Pattern.compile("arn:aws:appsync:[^:]*:[^:]*:apis/[^/]+/types/([^/]+)/fields/([^/]+)");
  private static final int MAX_TOKEN_CHARS = 16_384;

  /** One cached decision. */
  record Decision(Identity identity, long ttlNanos) {}

  private final Vertx vertx;
  private final LambdaInvoker function;
  private final Duration defaultTtl;
  private final Pattern validation;
  private final Duration timeout;
  private final String apiId;
  private final Cache<String, Decision> cache;

  public LambdaAuthenticator(Vertx vertx, LambdaInvoker function, Duration defaultTtl, String validationRegex,
      Duration timeout, String apiId) {
    this.vertx = vertx;
    this.function = function;
    this.defaultTtl = defaultTtl;
    this.validation = validationRegex == null ? null : Pattern.compile(validationRegex);
    this.timeout = timeout;
    this.apiId = apiId;
    this.cache = Caffeine.newBuilder()
        .maximumSize(100_000)
        .expireAfter(new Expiry<String, Decision>() {
          @Override
          public long expireAfterCreate(String key, Decision value, long currentTime) {
            return value.ttlNanos();
          }

          @Override
          public long expireAfterUpdate(String key, Decision value, long currentTime, long currentDuration) {
            return value.ttlNanos();
          }

          @Override
          public long expireAfterRead(String key, Decision value, long currentTime, long currentDuration) {
            return currentDuration;
          }
        })
        .build();
  }

  @Override
  public AuthMode mode() {
    return AuthMode.AWS_LAMBDA;
  }

  /** Lambda takes what no other mode recognised (AppSync's order), never a request first. */
  @Override
  public boolean claims(AuthRequest request) {
    return false;
  }

  @Override
  public boolean claimsLeftovers(AuthRequest request) {
    String value = request.header("authorization");
    return value != null && !value.isEmpty();
  }

  @Override
  public Future<Identity> authenticate(AuthRequest request) {
    String token = request.header("authorization");
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
      return deny("token missing or too long");
    }
    if (validation != null && !validation.matcher(token).matches()) {
      return deny("token does not match identityValidationExpression");
    }
    String key = sha256(token);
    Decision cached = cache.getIfPresent(key);
    if (cached != null) {
      return cached.identity() == null ? deny("cached denial") : Future.succeededFuture(cached.identity());
    }
    return call(event(token, request)).compose(answer -> decide(key, answer));
  }

  private Future<Object> call(Map<String, Object> event) {
    Promise<Object> promise = Promise.promise();
    long timer = vertx.setTimer(timeout.toMillis(), id -> {
      if (promise.tryFail(new UnauthorizedException(UnauthorizedException.NOT_AUTHORIZED))) {
        LOG.warning("Lambda authorizer " + function.describe() + " did not answer within " + timeout);
      }
    });
    Future<Object> invoked;
    try {
      invoked = function.invoke(event);
    } catch (RuntimeException e) {
      invoked = Future.failedFuture(e);
    }
    invoked.onComplete(result -> {
      vertx.cancelTimer(timer);
      if (result.succeeded()) {
        promise.tryComplete(result.result());
      } else {
        LOG.warning("Lambda authorizer " + function.describe() + " failed: " + result.cause().getMessage());
        promise.tryFail(new UnauthorizedException(UnauthorizedException.NOT_AUTHORIZED));
      }
    });
    return promise.future();
  }

  private Future<Identity> decide(String key, Object answer) {
    LambdaAuthorizerResponse response;
    try {
      response = LambdaAuthorizerResponse.parse(answer);
    } catch (IllegalArgumentException e) {
      LOG.warning("Lambda authorizer " + function.describe() + " answered malformed: " + e.getMessage());
      return deny("malformed answer");
    }
    Duration ttl = response.ttlOverride() != null ? Duration.ofSeconds(response.ttlOverride()) : defaultTtl;
    Identity identity = null;
    if (response.isAuthorized()) {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("resolverContext", response.resolverContext());
      identity = new Identity(AuthMode.AWS_LAMBDA, java.util.Collections.unmodifiableMap(shown),
          java.util.Set.of(), response.deniedFields(), "lambda:" + key, null, false);
    }
    if (!ttl.isZero()) {
      cache.put(key, new Decision(identity, ttl.toNanos()));
    }
    return identity == null ? deny("isAuthorized is false") : Future.succeededFuture(identity);
  }

  private Map<String, Object> event(String token, AuthRequest request) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("apiId", apiId);
    context.put("accountId", "000000000000");
    context.put("requestId", UUID.randomUUID().toString());
    context.put("queryString", request.query());
    context.put("operationName", request.operationName());
    context.put("variables", request.variables());
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("authorizationToken", token);
    event.put("requestContext", context);
    Map<String, Object> headers = new LinkedHashMap<>(request.headers());
    event.put("requestHeaders", headers);
    return event;
  }

  /** {@code Type.field} from either form AppSync accepts in deniedFields. */
  static String coordinates(String denied) {
    var arn = FIELD_ARN.matcher(denied);
    return arn.matches() ? arn.group(1) + "." + arn.group(2) : denied;
  }

  private static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Future<Identity> deny(String reason) {
    LOG.fine(() -> "Lambda authorization refused: " + reason);
    return Future.failedFuture(new UnauthorizedException(UnauthorizedException.NOT_AUTHORIZED));
  }
}
