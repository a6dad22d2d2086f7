package io.tributary.bench;

import io.tributary.http.RequestIds;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Microbenchmark, not a test: the gateway's per-request id ({@link RequestIds#next()}) against
 * the {@code String.format("%012x")} version it replaced, alternating in one JVM. Thread CPU time,
 * so time spent waiting for a core on a shared machine is not counted. Run:
 * {@code java -cp <test classpath> io.tributary.bench.RequestIdsBench [rounds] [iterations]}.
 */
public final class RequestIdsBench {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private RequestIdsBench() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
    RequestIds current = new RequestIds();
    FormatIds previous = new FormatIds();
    for (int round = 1; round <= rounds; round++) {
      long before = nsPerId(previous::next, iterations);
      long after = nsPerId(current::next, iterations);
      System.out.printf("round %d: String.format %d ns/id, current %d ns/id (%.1fx)%n",
          round, before, after, (double) before / Math.max(1, after));
    }
  }

  private static long nsPerId(Supplier<String> ids, int iterations) {
    long start = THREADS.getCurrentThreadCpuTime();
    int sink = 0;
    for (int i = 0; i < iterations; i++) {
      sink += ids.get().length();
    }
    long elapsed = THREADS.getCurrentThreadCpuTime() - start;
    if (sink == 0) {
      throw new IllegalStateException("no ids produced");
    }
    return elapsed / iterations;
  }

  /** The implementation before the change, kept here only as the baseline. */
  private static final class FormatIds {
    private final String prefix = UUID.randomUUID().toString().substring(0, 24);
    private final AtomicLong counter = new AtomicLong();

    String next() {
      return prefix + String.format("%012x", counter.incrementAndGet());
    }
  }
}
