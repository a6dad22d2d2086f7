package io.tributary.composition;

import graphql.language.Description;
import graphql.language.Directive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unions the fields of one object, interface or input type across its contributions. Same-named fields must agree
 * on type (wrapping included), arguments and input defaults, unless exactly one of them is {@code @canonical}.
 */
final class FieldMerger {
  private final ProblemLog problems;
  private final DirectiveUnion directives;
  private final Contest contest;

  FieldMerger(ProblemLog problems, DirectiveUnion directives) {
    this.problems = problems;
    this.directives = directives;
    this.contest = new Contest(problems);
  }

  /** One source's version of a field, with the type contribution it belongs to. */
  record Candidate(TypeShape owner, FieldShape field) {
  }

  /** Merged fields in first-appearance order; {@code kept} receives, per field name, the contributions kept. */
  List<FieldShape> merge(String typeName, List<TypeShape> contributions, Map<String, List<Candidate>> kept) {
    Map<String, List<Candidate>> byName = new LinkedHashMap<>();
    for (TypeShape contribution : contributions) {
      contribution.fields().forEach(
          f -> byName.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(new Candidate(contribution, f)));
    }
    List<FieldShape> merged = new ArrayList<>();
    byName.forEach((name, candidates) -> {
      List<Candidate> winners = agreeing(typeName + "." + name, candidates);
      kept.put(name, winners);
      merged.add(combine(typeName + "." + name, winners));
    });
    return merged;
  }

  /** The candidates that survive @canonical, rename-collision and type/argument checks (never empty). */
  private List<Candidate> agreeing(String coordinate, List<Candidate> candidates) {
    List<Candidate> remaining = contest.decide("field", coordinate, candidates,
        c -> new Contest.Entry(c.owner().api(), c.field().location(), c.field().canonical(), c.field().renamed(),
            c.owner().originalName() + "." + c.field().originalName()));
    Candidate first = remaining.get(0);
    List<Candidate> agreeing = new ArrayList<>(List.of(first));
    for (Candidate other : remaining.subList(1, remaining.size())) {
      if (sameShape(coordinate, first, other)) {
        agreeing.add(other);
      }
    }
    return agreeing;
  }

  private boolean sameShape(String coordinate, Candidate first, Candidate other) {
    String firstType = Signatures.type(first.field().type());
    String otherType = Signatures.type(other.field().type());
    if (!firstType.equals(otherType)) {
      report(coordinate, first, other, firstType, otherType, "types");
      return false;
    }
    String firstArgs = Signatures.arguments(first.field().arguments());
    String otherArgs = Signatures.arguments(other.field().arguments());
    if (!firstArgs.equals(otherArgs)) {
      report(coordinate, first, other, "arguments " + firstArgs, "arguments " + otherArgs, "arguments");
      return false;
    }
    String firstDefault = Signatures.value(first.field().defaultValue());
    String otherDefault = Signatures.value(other.field().defaultValue());
    if (!firstDefault.equals(otherDefault)) {
      report(coordinate, first, other, "default " + orNone(firstDefault), "default " + orNone(otherDefault),
          "default values");
      return false;
    }
    return true;
  }

  private static String orNone(String value) {
    return value.isEmpty() ? "(none)" : value;
  }

  private void report(String coordinate, Candidate first, Candidate other, String firstText, String otherText,
                      String what) {
    problems.at(other.field().location(), "Unable to resolve conflict on field " + coordinate + ": api "
        + first.owner().api() + " declares " + firstText + " (" + problems.where(first.field().location())
        + ") and api " + other.owner().api() + " declares " + otherText + " (" + problems.where(other.field().location())
        + "); merging is not supported for fields with different " + what);
  }

  private FieldShape combine(String coordinate, List<Candidate> winners) {
    FieldShape first = winners.get(0).field();
    if (winners.size() == 1) {
      return first;
    }
    List<DirectiveUnion.Part> parts = winners.stream().map(c -> new DirectiveUnion.Part(c.owner().api(),
        c.field().directives(), AuthModes.authOnly(c.owner().directives()), c.field().location())).toList();
    boolean authApplies = winners.get(0).owner().kind() == TypeShape.Kind.OBJECT
        || winners.get(0).owner().kind() == TypeShape.Kind.INTERFACE;
    List<Directive> union = directives.union("field " + coordinate, parts, authApplies);
    Description description = winners.stream().map(c -> c.field().description())
        .filter(d -> d != null).findFirst().orElse(null);
    return new FieldShape(first.name(), first.originalName(), description, first.type(), first.arguments(),
        first.defaultValue(), union, first.location(), first.canonical(), first.renamed());
  }
}
