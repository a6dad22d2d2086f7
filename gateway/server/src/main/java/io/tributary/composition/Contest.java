package io.tributary.composition;

import graphql.language.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Decides which of several same-named contributions (types or fields) take part in the merge: one
 * {@code @canonical} contribution wins outright, two are a conflict, and a {@code @renamed} contribution may not
 * land on a name another source already uses.
 */
final class Contest {
  private final ProblemLog problems;

  Contest(ProblemLog problems) {
    this.problems = problems;
  }

  /**
   * How a contribution presents itself.
   *
   * @param original the qualified name in its source, before {@code @renamed} ({@code Type} or {@code Type.field})
   */
  record Entry(String api, SourceLocation location, boolean canonical, boolean renamed, String original) {
  }

  /** The contributions to merge, in order (never empty when {@code candidates} is not). */
  <T> List<T> decide(String kind, String name, List<T> candidates, Function<T, Entry> describe) {
    if (candidates.size() < 2) {
      return candidates;
    }
    List<T> canonical = candidates.stream().filter(c -> describe.apply(c).canonical()).toList();
    if (!canonical.isEmpty()) {
      reportCanonicals(kind + " " + name, canonical, describe);
      return List.of(canonical.get(0));
    }
    List<T> plain = new ArrayList<>();
    List<T> renamed = new ArrayList<>();
    candidates.forEach(c -> (describe.apply(c).renamed() ? renamed : plain).add(c));
    if (renamed.isEmpty()) {
      return candidates;
    }
    T other = plain.isEmpty() ? renamed.get(0) : plain.get(0);
    renamed.stream().filter(r -> r != other)
        .forEach(r -> reportRename(kind, name, describe.apply(r), describe.apply(other)));
    return List.of(other);
  }

  private <T> void reportCanonicals(String element, List<T> canonical, Function<T, Entry> describe) {
    Entry first = describe.apply(canonical.get(0));
    for (T next : canonical.subList(1, canonical.size())) {
      Entry entry = describe.apply(next);
      problems.at(entry.location(), "conflicting @canonical: " + element + " is marked @canonical in api "
          + first.api() + " (" + problems.where(first.location()) + ") and in api " + entry.api() + " ("
          + problems.where(entry.location()) + "); only one source may be canonical for it");
    }
  }

  private void reportRename(String kind, String name, Entry renamed, Entry other) {
    String otherText = other.renamed() ? "which api " + other.api() + " also renames " + other.original() + " to"
        : "which api " + other.api() + " already defines";
    problems.at(renamed.location(), "name collision after @renamed: api " + renamed.api() + " renames "
        + kind + " " + renamed.original() + " to " + name + ", " + otherText + " (" + problems.where(other.location()) + ")");
  }
}
