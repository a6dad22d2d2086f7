package io.tributary.composition;

import graphql.language.Directive;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AppSync's Merged API auth rule. A source's primary mode must be one of the merged API's modes; when it differs
 * from the merged primary mode, the source's unannotated object types and root fields get its mode's directive so
 * they stay reachable exactly as in the source.
 */
final class AuthDefaults {
  private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");

  private final ProblemLog problems;
  private final CompositionOptions options;

  AuthDefaults(ProblemLog problems, CompositionOptions options) {
    this.problems = problems;
    this.options = options;
  }

  /** Reports sources whose primary mode the merged API does not accept. */
  void check(SourceSchema source) {
    if (!AuthModes.isKnown(source.defaultAuthMode())) {
      problems.atSource(source, "api " + source.api() + " has unknown default auth mode '"
          + source.defaultAuthMode() + "'; expected one of " + AuthModes.known());
    } else if (!options.accepts(source.defaultAuthMode())) {
      problems.atSource(source, "auth conflict: api " + source.api() + " uses default auth mode "
          + source.defaultAuthMode() + ", which the merged API does not accept (merged modes: "
          + new java.util.TreeSet<>(options.mergedAuthModes()) + "); add it to the merged API's auth modes");
    }
  }

  /** The source's shapes with root-type auth moved to root fields and its default mode made explicit. */
  PreparedSource apply(PreparedSource source) {
    Optional<Directive> explicit = source.source().defaultAuthMode().equals(options.mergedDefaultAuthMode())
        ? Optional.empty() : AuthModes.directiveFor(source.source().defaultAuthMode());
    List<TypeShape> types = source.types().stream().map(t -> apply(t, explicit)).toList();
    return new PreparedSource(source.source(), types, source.directives(), source.hiddenTypes(),
        source.hiddenFields());
  }

  private static TypeShape apply(TypeShape type, Optional<Directive> explicit) {
    if (type.kind() != TypeShape.Kind.OBJECT) {
      return type;
    }
    if (ROOTS.contains(type.name())) {
      return pushDownRootAuth(type, explicit);
    }
    if (explicit.isEmpty() || AuthModes.hasAuth(type.directives())) {
      return type;
    }
    return type.withDirectives(append(type.directives(), List.of(explicit.get())));
  }

  /** Root types are shared by every source, so a root type's auth has to live on the source's own root fields. */
  private static TypeShape pushDownRootAuth(TypeShape root, Optional<Directive> explicit) {
    List<Directive> typeAuth = AuthModes.authOnly(root.directives());
    List<Directive> fieldDefault = !typeAuth.isEmpty() ? typeAuth : explicit.map(List::of).orElse(List.of());
    List<FieldShape> fields = root.fields().stream()
        .map(f -> AuthModes.hasAuth(f.directives()) ? f : f.withDirectives(append(f.directives(), fieldDefault)))
        .toList();
    List<Directive> remaining = root.directives().stream().filter(d -> !AuthModes.isAuth(d)).toList();
    return root.withFields(fields).withDirectives(remaining);
  }

  private static List<Directive> append(List<Directive> directives, List<Directive> more) {
    List<Directive> all = new ArrayList<>(directives);
    all.addAll(more);
    return all;
  }
}
