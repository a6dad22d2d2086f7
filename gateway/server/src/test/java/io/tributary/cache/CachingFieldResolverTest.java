package io.tributary.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tributary.auth.Identity;
import io.tributary.config.AuthMode;
import io.tributary.execution.RequestScope;
import io.tributary.resolver.FieldInfo;
import io.tributary.resolver.FieldResolver;
import io.tributary.resolver.OperationKind;
import io.tributary.resolver.ResolverContext;
import io.tributary.resolver.ResolverExtensions;
import io.tributary.resolver.ResolverOutcome;
import io.tributary.testsupport.Await;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Cache keys and the caching decorator on the real in-process store (Caffeine). */
class CachingFieldResolverTest {
  private static final Vertx VERTX = Vertx.vertx();

  @AfterAll
  static void stop() {
    VERTX.close();
  }

  @Test
  void anEntryExpiresAfterItsTtl() {
    AtomicInteger calls = new AtomicInteger();
    FieldResolver cached = cached(calls, List.of("$context.arguments.id"), Duration.ofSeconds(1), false, "sdl");

    assertEquals("v1", resolve(cached, Map.of("id", "a"), null));
    assertEquals("v1", resolve(cached, Map.of("id", "a"), null));
    assertEquals(1, calls.get());
    Await.until(Duration.ofSeconds(10), "the entry to expire", () -> {
      resolve(cached, Map.of("id", "a"), null);
      return calls.get() == 2;
    });
  }

  @Test
  void aResolverThatReadsIdentityGetsAnEntryPerCaller() {
    AtomicInteger calls = new AtomicInteger();
    FieldResolver cached = cached(calls, List.of("$ctx.args.id"), Duration.ofMinutes(1), true, "sdl");
    Identity ada = new Identity(AuthMode.AMAZON_COGNITO_USER_POOLS, Map.of("sub", "ada"), Set.of(), Set.of(),
        "cognito:ada", null, false);
    Identity bob = new Identity(AuthMode.AMAZON_COGNITO_USER_POOLS, Map.of("sub", "bob"), Set.of(), Set.of(),
        "cognito:bob", null, false);

    resolve(cached, Map.of("id", "x"), ada);
    resolve(cached, Map.of("id", "x"), bob);
    resolve(cached, Map.of("id", "x"), ada);

    assertEquals(2, calls.get(), "ada and bob never share an answer");
  }

  @Test
  void keysCarryTheSchemaHashAndEvictionNamesTheSameKey() {
    CacheKeys one = new CacheKeys("p:", CacheKeys.hash("schema one").substring(0, 12), "Query.getTask",
        List.of(CacheKeys.path("$context.arguments.id")), false);
    CacheKeys two = new CacheKeys("p:", CacheKeys.hash("schema two").substring(0, 12), "Query.getTask",
        List.of(CacheKeys.path("$context.arguments.id")), false);
    ResolverContext ctx = context(Map.of("id", "t1"));

    assertNotEquals(one.keyFor(ctx), two.keyFor(ctx), "a schema change never serves an old entry");
    assertEquals(one.keyFor(ctx), one.keyForEviction(Map.of("ctx.args.id", "t1")));
    assertEquals(one.keyFor(ctx), one.keyForEviction(Map.of("$context.arguments.id", "t1")));
    assertEquals(null, one.keyForEviction(Map.of("ctx.args.other", "t1")));
    assertThrows(IllegalArgumentException.class, () -> CacheKeys.path("$context.stash.x"));
  }

  @Test
  void mutationsAndFailedAnswersAreNeverCached() {
    AtomicInteger calls = new AtomicInteger();
    InProcessCacheStore store = new InProcessCacheStore(1 << 20);
    FieldResolver failing = new FieldResolver() {
      @Override
      public String coordinate() {
        return "Query.f";
      }

      @Override
      public Future<ResolverOutcome> resolve(ResolverContext ctx, RequestScope scope) {
        calls.incrementAndGet();
        return Future.succeededFuture(new ResolverOutcome(null,
            List.of(io.tributary.resolver.ResolverError.of("Boom", "no")), ResolverExtensions.NONE));
      }
    };
    FieldResolver cached = new CachingFieldResolver(failing, keys(List.of(), false, "sdl"), Duration.ofMinutes(1),
        new ResolverCache(store, Duration.ofSeconds(1), 1 << 16));

    resolve(cached, Map.of(), null);
    resolve(cached, Map.of(), null);

    assertEquals(2, calls.get());
    assertEquals(0, store.size());
  }

  private static FieldResolver cached(AtomicInteger calls, List<String> keys, Duration ttl, boolean perCaller,
      String sdl) {
    FieldResolver counting = new FieldResolver() {
      @Override
      public String coordinate() {
        return "Query.getThing";
      }

      @Override
      public Future<ResolverOutcome> resolve(ResolverContext ctx, RequestScope scope) {
        return Future.succeededFuture(new ResolverOutcome("v" + calls.incrementAndGet(), List.of(),
            ResolverExtensions.NONE));
      }
    };
    return new CachingFieldResolver(counting, keys(keys, perCaller, sdl), ttl,
        new ResolverCache(new InProcessCacheStore(1 << 20), Duration.ofSeconds(1), 1 << 16));
  }

  private static CacheKeys keys(List<String> keys, boolean perCaller, String sdl) {
    return new CacheKeys("t:", CacheKeys.hash(sdl).substring(0, 12), "Query.getThing",
        keys.stream().map(CacheKeys::path).toList(), perCaller);
  }

  private static Object resolve(FieldResolver resolver, Map<String, Object> args, Identity identity) {
    Context context = VERTX.getOrCreateContext();
    Promise<Object> done = Promise.promise();
    context.runOnContext(v -> resolver.resolve(context(args), new RequestScope(context, identity))
        .map(ResolverOutcome::value).onComplete(done));
    return Await.result(done.future());
  }

  private static ResolverContext context(Map<String, Object> args) {
    return new ResolverContext(args, null, null, new FieldInfo("getThing", "Query", Map.of(), List::of, () -> null),
        Map.of(), OperationKind.QUERY);
  }
}
