package io.tributary.composition;

import graphql.language.Directive;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** AppSync's auth modes and the directive that grants each one access. */
final class AuthModes {
  private static final Map<String, String> DIRECTIVE_BY_MODE = Map.of(
      "API_KEY", "aws_api_key",
      "AWS_IAM", "aws_iam",
      "OPENID_CONNECT", "aws_oidc",
      "AWS_LAMBDA", "aws_lambda",
      "AMAZON_COGNITO_USER_POOLS", "aws_cognito_user_pools");

  private static final Set<String> AUTH_DIRECTIVES = Set.of("aws_api_key", "aws_iam", "aws_oidc", "aws_lambda",
      "aws_cognito_user_pools", "aws_auth");

  private AuthModes() {
  }

  static boolean isKnown(String mode) {
    return DIRECTIVE_BY_MODE.containsKey(mode);
  }

  static Set<String> known() {
    return new java.util.TreeSet<>(DIRECTIVE_BY_MODE.keySet());
  }

  /** The directive granting access to callers of {@code mode}, e.g. {@code @aws_iam} for AWS_IAM. */
  static Optional<Directive> directiveFor(String mode) {
    return Optional.ofNullable(DIRECTIVE_BY_MODE.get(mode)).map(n -> Directive.newDirective().name(n).build());
  }

  static boolean isAuth(Directive directive) {
    return AUTH_DIRECTIVES.contains(directive.getName());
  }

  static boolean hasAuth(List<Directive> directives) {
    return directives.stream().anyMatch(AuthModes::isAuth);
  }

  static List<Directive> authOnly(List<Directive> directives) {
    return directives.stream().filter(AuthModes::isAuth).toList();
  }
}
