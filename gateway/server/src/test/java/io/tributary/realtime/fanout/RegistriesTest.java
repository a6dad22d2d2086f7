package io.tributary.realtime.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.tributary.pubsub.InProcessTopicBus;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registries are per event loop, whatever duplicated context a connection runs on. */
class RegistriesTest {
  private Vertx vertx;
  private Registries registries;

  @BeforeEach
  void setUp() {
    vertx = Vertx.vertx();
    registries = new Registries(new InProcessTopicBus(vertx), NodeId.random());
  }

  @AfterEach
  void tearDown() {
    vertx.close().await();
  }

  @Test
  void connectionsOnDuplicatedContextsOfOneLoopShareItsRegistry() {
    ContextInternal loop = (ContextInternal) vertx.getOrCreateContext();
    LocalRegistry first = registries.forContext(loop.duplicate());
    LocalRegistry second = registries.forContext(loop.duplicate());
    assertSame(first, second);
    assertSame(first, registries.forContext(loop));
    assertEquals(1, registries.all().size());
  }

  @Test
  void theRegistryDeliversOnTheLoopsRootContext() {
    ContextInternal loop = (ContextInternal) vertx.getOrCreateContext();
    assertSame(loop, registries.forContext(loop.duplicate()).context());
  }

  @Test
  void separateEventLoopsKeepSeparateRegistries() {
    ContextInternal one = (ContextInternal) vertx.getOrCreateContext();
    ContextInternal other = (ContextInternal) ((io.vertx.core.internal.VertxInternal) vertx).createEventLoopContext();
    assertNotSame(registries.forContext(one.duplicate()), registries.forContext(other.duplicate()));
    assertEquals(2, registries.all().size());
  }
}
