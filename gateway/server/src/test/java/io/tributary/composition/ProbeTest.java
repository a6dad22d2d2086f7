package io.tributary.composition;

import org.junit.jupiter.api.Test;

class ProbeTest {
  @Test
  void probe() {
    for (String c : System.getProperty("cases", "").split(",")) {
      CompositionResult r = Fixtures.compose(c);
      System.out.println("=== " + c + " ok=" + r.succeeded());
      r.problems().forEach(p -> System.out.println("  " + p));
      r.graph().ifPresent(g -> System.out.println(g.sdl()));
    }
  }
}
