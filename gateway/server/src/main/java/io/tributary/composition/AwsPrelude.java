package io.tributary.composition;

import graphql.Directives;
import graphql.language.Definition;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.language.SDLDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.parser.Parser;
import graphql.schema.idl.ScalarInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The definitions AppSync gives every schema without declaring them: AWS scalars, auth and subscription
 * directives and the Merged API directives. They are added to the merged registry but never printed.
 */
final class AwsPrelude {
  /** The AWS scalars, in AppSync's documentation order. */
  static final List<String> SCALARS = List.of("AWSDate", "AWSTime", "AWSDateTime", "AWSTimestamp", "AWSEmail",
      "AWSJSON", "AWSURL", "AWSPhone", "AWSIPAddress");

  /** Directives that only steer the merge; they are consumed and never reach the merged schema. */
  static final Set<String> MERGE_DIRECTIVES = Set.of("canonical", "hidden", "renamed");

  private static final String TYPE_LOCATIONS =
      "OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR";

  private static final String SDL = String.join("\n",
      "directive @aws_api_key on FIELD_DEFINITION | OBJECT",
      "directive @aws_iam on FIELD_DEFINITION | OBJECT",
      "directive @aws_oidc on FIELD_DEFINITION | OBJECT",
      "directive @aws_lambda on FIELD_DEFINITION | OBJECT",
      "directive @aws_cognito_user_pools(cognito_groups: [String]) on FIELD_DEFINITION | OBJECT",
      "directive @aws_auth(cognito_groups: [String]) on FIELD_DEFINITION | OBJECT",
      "directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION",
      "directive @aws_publish(subscriptions: [String]) on FIELD_DEFINITION",
      "directive @canonical on " + TYPE_LOCATIONS + " | FIELD_DEFINITION | INPUT_FIELD_DEFINITION",
      "directive @hidden on " + TYPE_LOCATIONS + " | FIELD_DEFINITION | INPUT_FIELD_DEFINITION",
      "directive @renamed(to: String!) on " + TYPE_LOCATIONS + " | FIELD_DEFINITION",
      String.join("\n", SCALARS.stream().map(s -> "scalar " + s).toList()));

  private static final List<SDLDefinition<?>> DEFINITIONS = parse();
  private static final Map<String, DirectiveDefinition> DIRECTIVES = directivesByName();

  private AwsPrelude() {
  }

  /** The prelude definitions (immutable), for the merged registry. */
  static List<SDLDefinition<?>> definitions() {
    return DEFINITIONS;
  }

  static boolean isBuiltInScalar(String name) {
    return SCALARS.contains(name) || ScalarInfo.isGraphqlSpecifiedScalar(name);
  }

  /** The built-in (AWS or graphql-java) directive of that name, if there is one. */
  static Optional<DirectiveDefinition> builtInDirective(String name) {
    return Optional.ofNullable(DIRECTIVES.get(name));
  }

  /**
   * A source may redeclare a built-in directive (AppSync tooling often needs it): an AWS directive is accepted when
   * the arguments and repeatability are identical and the locations are the built-in's or a subset of them; a
   * graphql-java directive when it names the same arguments.
   */
  static boolean acceptsRedeclaration(DirectiveDefinition declared, DirectiveDefinition builtIn) {
    if (isGraphqlJavaDirective(builtIn.getName())) {
      return argumentNames(declared).equals(argumentNames(builtIn));
    }
    return Signatures.arguments(declared.getInputValueDefinitions())
        .equals(Signatures.arguments(builtIn.getInputValueDefinitions()))
        && declared.isRepeatable() == builtIn.isRepeatable()
        && Signatures.locations(builtIn).containsAll(Signatures.locations(declared));
  }

  /** A redeclared built-in scalar is acceptable when it carries no directives (a plain {@code scalar X}). */
  static boolean acceptsRedeclaration(ScalarTypeDefinition declared) {
    return declared.getDirectives().isEmpty();
  }

  /**
   * graphql-java always uses its own definition of its directives, so an older spelling (e.g. the pre-2021
   * {@code @deprecated(reason: String)}) is harmless as long as it names the same arguments.
   */
  private static List<String> argumentNames(DirectiveDefinition definition) {
    return definition.getInputValueDefinitions().stream().map(a -> a.getName()).toList();
  }

  private static List<SDLDefinition<?>> parse() {
    Document document = Parser.parse(SDL);
    List<SDLDefinition<?>> definitions = new java.util.ArrayList<>();
    document.getDefinitions().forEach(d -> definitions.add((SDLDefinition<?>) d));
    return List.copyOf(definitions);
  }

  private static Map<String, DirectiveDefinition> directivesByName() {
    Map<String, DirectiveDefinition> byName = new LinkedHashMap<>();
    Stream<Definition<?>> aws = DEFINITIONS.stream().map(d -> (Definition<?>) d);
    aws.filter(DirectiveDefinition.class::isInstance).map(DirectiveDefinition.class::cast)
        .forEach(d -> byName.put(d.getName(), d));
    Stream.of(Directives.DEPRECATED_DIRECTIVE_DEFINITION, Directives.INCLUDE_DIRECTIVE_DEFINITION,
            Directives.SKIP_DIRECTIVE_DEFINITION, Directives.SPECIFIED_BY_DIRECTIVE_DEFINITION,
            Directives.ONE_OF_DIRECTIVE_DEFINITION, Directives.DEFER_DIRECTIVE_DEFINITION,
            Directives.EXPERIMENTAL_DISABLE_ERROR_PROPAGATION_DIRECTIVE_DEFINITION)
        .forEach(d -> byName.put(d.getName(), d));
    return Map.copyOf(byName);
  }

  /** True for directives graphql-java defines itself; they must not be added to the registry again. */
  static boolean isGraphqlJavaDirective(String name) {
    return DIRECTIVES.containsKey(name) && !isAwsDirective(name);
  }

  static boolean isAwsDirective(String name) {
    return DEFINITIONS.stream().anyMatch(d -> d instanceof DirectiveDefinition dd && dd.getName().equals(name));
  }
}
