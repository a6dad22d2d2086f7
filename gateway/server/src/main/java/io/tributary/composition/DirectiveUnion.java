package io.tributary.composition;

import graphql.language.Directive;
import graphql.language.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unions the directives several sources put on the same type or field. Auth directives OR together in AppSync, so
 * the union keeps every source's access: a contribution without auth directives stands for the merged default mode
 * and contributes that mode's directive once any other contribution restricts access explicitly.
 */
final class DirectiveUnion {
  private final ProblemLog problems;
  private final Optional<Directive> mergedDefault;

  DirectiveUnion(ProblemLog problems, String mergedDefaultMode) {
    this.problems = problems;
    this.mergedDefault = AuthModes.directiveFor(mergedDefaultMode);
  }

  /** One contribution's directives, plus the auth it has when it declares none itself (empty: merged default). */
  record Part(String api, List<Directive> directives, List<Directive> inheritedAuth, SourceLocation location) {
  }

  /**
   * The union; {@code element} names the type or field in messages, {@code authApplies} is false for kinds that
   * cannot carry auth directives.
   */
  List<Directive> union(String element, List<Part> parts, boolean authApplies) {
    boolean anyAuth = authApplies && parts.stream().anyMatch(p -> AuthModes.hasAuth(p.directives()));
    Map<String, Directive> byName = new LinkedHashMap<>();
    Map<String, Part> ownerByName = new LinkedHashMap<>();
    List<Directive> result = new ArrayList<>();
    for (Part part : parts) {
      for (Directive directive : effective(part, anyAuth)) {
        Directive earlier = byName.putIfAbsent(directive.getName(), directive);
        if (earlier == null) {
          ownerByName.put(directive.getName(), part);
          result.add(directive);
        } else if (!Signatures.directive(earlier).equals(Signatures.directive(directive))) {
          reportDifference(element, ownerByName.get(directive.getName()), earlier, part, directive);
        }
      }
    }
    return result;
  }

  private List<Directive> effective(Part part, boolean anyAuth) {
    if (!anyAuth || AuthModes.hasAuth(part.directives())) {
      return part.directives();
    }
    List<Directive> all = new ArrayList<>(part.directives());
    if (!part.inheritedAuth().isEmpty()) {
      all.addAll(part.inheritedAuth());
    } else {
      mergedDefault.ifPresent(all::add);
    }
    return all;
  }

  private void reportDifference(String element, Part first, Directive earlier, Part later, Directive directive) {
    SourceLocation at = directive.getSourceLocation() != null ? directive.getSourceLocation() : later.location();
    problems.at(at, "Unable to resolve conflict on " + element + ": api " + first.api() + " ("
        + problems.where(first.location()) + ") applies " + Signatures.directive(earlier) + " and api "
        + later.api() + " applies " + Signatures.directive(directive) + "; merging is not supported for "
        + "different arguments of the same directive");
  }
}
