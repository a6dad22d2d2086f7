package io.tributary.composition;

import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.SourceLocation;
import graphql.language.StringValue;
import java.util.List;
import java.util.Optional;

/** Reads AppSync's merge directives ({@code @canonical}, {@code @hidden}, {@code @renamed}) off an element. */
final class MergeDirectives {
  private final ProblemLog problems;

  MergeDirectives(ProblemLog problems) {
    this.problems = problems;
  }

  static boolean isCanonical(List<Directive> directives) {
    return has(directives, "canonical");
  }

  static boolean isHidden(List<Directive> directives) {
    return has(directives, "hidden");
  }

  private static boolean has(List<Directive> directives, String name) {
    return directives.stream().anyMatch(d -> d.getName().equals(name));
  }

  /** The element's directives without the merge directives, which never reach the merged schema. */
  static List<Directive> strip(List<Directive> directives) {
    return directives.stream().filter(d -> !AwsPrelude.MERGE_DIRECTIVES.contains(d.getName())).toList();
  }

  /** The {@code to:} of {@code @renamed}, if present and well-formed (a malformed one is reported). */
  Optional<String> renamedTo(List<Directive> directives, String element, String api) {
    Optional<Directive> renamed = directives.stream().filter(d -> d.getName().equals("renamed")).findFirst();
    if (renamed.isEmpty()) {
      return Optional.empty();
    }
    Argument to = renamed.get().getArgument("to");
    if (to == null || !(to.getValue() instanceof StringValue target) || !isName(target.getValue())) {
      report(renamed.get().getSourceLocation(), "@renamed on " + element + " in api " + api
          + " needs to: \"<NewName>\" with a valid GraphQL name");
      return Optional.empty();
    }
    return Optional.of(target.getValue());
  }

  private static boolean isName(String text) {
    return text.matches("[_A-Za-z][_0-9A-Za-z]*") && !text.startsWith("__");
  }

  private void report(SourceLocation location, String message) {
    problems.at(location, message);
  }
}
