package io.tributary.bench.realtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (user + system) a Linux process has used so far, from {@code /proc/<pid>/stat}. Lets a
 * benchmark report the CPU cost of its work, which a loaded shared machine changes less than it
 * changes wall-clock latency.
 */
final class ProcessCpu {
  private static final double TICK_MILLIS = 10.0; // USER_HZ is 100 on Linux (getconf CLK_TCK)

  private ProcessCpu() {}

  /** Milliseconds of CPU used by {@code pid}; -1 when unknown (pid <= 0 or no /proc). */
  static double millis(long pid) {
    if (pid <= 0) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // fields after the parenthesised command name; utime and stime are fields 14 and 15
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MILLIS;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
