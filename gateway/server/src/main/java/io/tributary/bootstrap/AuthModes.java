package io.tributary.bootstrap;

import io.tributary.auth.ApiKeyAuthenticator;
import io.tributary.auth.AuthenticationChain;
import io.tributary.auth.Authenticator;
import io.tributary.auth.cognito.CognitoAuthenticator;
import io.tributary.auth.iam.SigV4Authenticator;
import io.tributary.auth.lambda.LambdaAuthenticator;
import io.tributary.aws.lambda.LambdaInvoker;
import io.tributary.aws.lambda.LocalJsLambdaInvoker;
import io.tributary.aws.lambda.SdkLambdaInvoker;
import io.tributary.config.LambdaAuthorizerConfig;
import io.tributary.resolver.js.JsRuntime;
import io.tributary.auth.jwt.HttpJwksSource;
import io.tributary.auth.jwt.JwksSource;
import io.tributary.auth.jwt.JwtVerifier;
import io.tributary.auth.jwt.KeyCache;
import io.tributary.auth.local.LocalIssuer;
import io.tributary.auth.local.LocalIssuerRoutes;
import io.tributary.auth.oidc.OidcAuthenticator;
import io.tributary.config.ApiKeyConfig;
import io.tributary.config.AuthConfig;
import io.tributary.config.AuthMode;
import io.tributary.config.CognitoConfig;
import io.tributary.config.JwtConfig;
import io.tributary.config.OidcConfig;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the authenticate stage from {@code auth}: one {@link Authenticator} per enabled mode in
 * AppSync's detection order, each on its own backend (API keys in memory, JWKS over HTTP or the
 * local issuer, the Lambda client or a local module, SigV4 against configured keys).
 */
final class AuthModes {
  private final AuthenticationChain chain;
  private final LocalIssuer localIssuer;
  private final List<Consumer<Router>> mounts;
  private final List<KeyCache> keyCaches;

  private final List<AutoCloseable> closeables;

  private AuthModes(AuthenticationChain chain, LocalIssuer localIssuer, List<Consumer<Router>> mounts,
      List<KeyCache> keyCaches, List<AutoCloseable> closeables) {
    this.closeables = closeables;
    this.chain = chain;
    this.localIssuer = localIssuer;
    this.mounts = mounts;
    this.keyCaches = keyCaches;
  }

  static AuthModes build(Vertx vertx, AuthConfig auth, Path baseDir, Clock clock, JsRuntime js) {
    List<AutoCloseable> closeables = new ArrayList<>();
    LocalIssuer local = auth.localIssuer().enabled()
        ? LocalIssuer.open(auth.localIssuer().issuer(), baseDir.resolve(auth.localIssuer().keyFile()), clock)
        : null;
    List<Authenticator> modes = new ArrayList<>();
    List<KeyCache> caches = new ArrayList<>();
    JwtConfig jwt = auth.jwt();
    if (auth.uses(AuthMode.API_KEY)) {
      List<ApiKeyAuthenticator.ApiKey> keys = new ArrayList<>();
      for (ApiKeyConfig key : auth.apiKeys()) {
        keys.add(ApiKeyAuthenticator.ApiKey.of(key.displayId(), key.key(), key.expires()));
      }
      modes.add(new ApiKeyAuthenticator(keys, clock));
    }
    if (auth.uses(AuthMode.AWS_IAM)) {
      modes.add(new SigV4Authenticator(auth.iam(), clock));
    }
    if (auth.uses(AuthMode.AMAZON_COGNITO_USER_POOLS)) {
      CognitoConfig cognito = auth.cognito();
      String issuer = cognito.usesLocalIssuer() ? local.issuer() : cognito.expectedIssuer();
      JwksSource source = cognito.usesLocalIssuer() ? local
          : HttpJwksSource.direct(vertx, URI.create(cognito.jwksUri() != null ? cognito.jwksUri()
              : issuer + "/.well-known/jwks.json"), jwt.jwksTimeout(), clock);
      KeyCache cache = cache(source, jwt, clock);
      caches.add(cache);
      modes.add(new CognitoAuthenticator(cognito, issuer, verifier(cache, jwt, clock), jwt.maxTokenBytes()));
    }
    if (auth.uses(AuthMode.OPENID_CONNECT)) {
      OidcConfig oidc = auth.openIdConnect();
      String issuer = oidc.usesLocalIssuer() ? local.issuer() : oidc.issuer();
      JwksSource source = oidc.usesLocalIssuer() ? local
          : oidc.jwksUri() != null ? HttpJwksSource.direct(vertx, URI.create(oidc.jwksUri()), jwt.jwksTimeout(), clock)
          : HttpJwksSource.discovered(vertx, issuer, jwt.jwksTimeout(), clock);
      KeyCache cache = cache(source, jwt, clock);
      caches.add(cache);
      modes.add(new OidcAuthenticator(oidc, issuer, verifier(cache, jwt, clock), clock, jwt.maxTokenBytes()));
    }
    if (auth.uses(AuthMode.AWS_LAMBDA)) {
      LambdaAuthorizerConfig lambda = auth.lambda();
      LambdaInvoker function = lambda.localModule() != null
          ? LocalJsLambdaInvoker.load(js, baseDir.resolve(lambda.localModule()))
          : SdkLambdaInvoker.create(lambda.functionArn(), lambda.region(),
              lambda.endpoint() == null ? null : URI.create(lambda.endpoint()), lambda.credentials(), lambda.timeout());
      closeables.add(function);
      modes.add(new LambdaAuthenticator(vertx, function, lambda.resultTtl(), lambda.identityValidationExpression(),
          lambda.timeout(), "tributary"));
    }
    List<Consumer<Router>> mounts = local == null ? List.of() : List.of(new LocalIssuerRoutes(local));
    return new AuthModes(new AuthenticationChain(modes), local, mounts, caches, closeables);
  }

  private static KeyCache cache(JwksSource source, JwtConfig jwt, Clock clock) {
    return new KeyCache(source, clock, jwt.jwksMinRefreshInterval(), jwt.jwksMaxAge());
  }

  private static JwtVerifier verifier(KeyCache cache, JwtConfig jwt, Clock clock) {
    return new JwtVerifier(cache, clock, jwt.clockSkew(), jwt.maxTokenBytes());
  }

  /** Reads every JWKS once before serving, so the first user does not wait (failures only log). */
  void warm() {
    keyCaches.forEach(KeyCache::warm);
  }

  /** The clients the modes opened (the Lambda client). */
  List<AutoCloseable> closeables() {
    return closeables;
  }

  AuthenticationChain chain() {
    return chain;
  }

  LocalIssuer localIssuer() {
    return localIssuer;
  }

  List<Consumer<Router>> mounts() {
    return mounts;
  }
}
