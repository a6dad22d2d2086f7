package io.tributary.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a misspelt key most likely meant (edit distance, transpositions count one). */
final class NameSuggester {
  private NameSuggester() {}

  static Optional<String> nearest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= tolerance(name) ? Optional.ofNullable(best) : Optional.empty();
  }

  /** Short names tolerate fewer edits, or every three-letter typo would "suggest" something. */
  private static int tolerance(String name) {
    if (name.length() <= 3) {
      return 1;
    }
    return name.length() <= 6 ? 2 : 3;
  }

  /** Optimal string alignment distance. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        d[i][j] = cell(a, b, d, i, j);
      }
    }
    return d[a.length()][b.length()];
  }

  private static int cell(String a, String b, int[][] d, int i, int j) {
    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
    int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
    boolean transposed = i > 1 && j > 1
        && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1);
    return transposed ? Math.min(value, d[i - 2][j - 2] + 1) : value;
  }
}
