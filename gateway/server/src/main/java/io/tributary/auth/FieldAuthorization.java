package io.tributary.auth;

import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.FieldCoordinates;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.tributary.config.AuthMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The authorize stage's plan, computed once from the merged schema: for each field, which modes
 * may read it, following AppSync's rules. Directives on a field replace those on its type; a field
 * and type without any auth directive are reachable through the default mode only; several
 * directives on one field are ORed.
 *
 * <p>Fields every enabled mode may read have no rule, so the hot path does no work for them.
 */
public final class FieldAuthorization {
  private static final Map<String, AuthMode> DIRECTIVES =
      Map.of(
          "aws_api_key", AuthMode.API_KEY,
          "aws_iam", AuthMode.AWS_IAM,
          "aws_oidc", AuthMode.OPENID_CONNECT,
          "aws_lambda", AuthMode.AWS_LAMBDA,
          "aws_cognito_user_pools", AuthMode.AMAZON_COGNITO_USER_POOLS,
          "aws_auth", AuthMode.AMAZON_COGNITO_USER_POOLS);

  private final Map<FieldCoordinates, AuthorizationRule> rules;

  private FieldAuthorization(Map<FieldCoordinates, AuthorizationRule> rules) {
    this.rules = Map.copyOf(rules);
  }

  public static FieldAuthorization plan(
      TypeDefinitionRegistry registry, AuthMode defaultMode, Set<AuthMode> enabledModes) {
    return plan(registry, defaultMode, enabledModes, false);
  }

  /**
   * @param cognitoDenyByDefault the user pool's defaultAction is DENY: fields without directives
   *     need a rule even when every mode could otherwise read them
   */
  public static FieldAuthorization plan(TypeDefinitionRegistry registry, AuthMode defaultMode,
      Set<AuthMode> enabledModes, boolean cognitoDenyByDefault) {
    Map<FieldCoordinates, AuthorizationRule> rules = new HashMap<>();
    for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
      AuthorizationRule typeRule = ruleOf(type.getDirectives());
      for (FieldDefinition field : type.getFieldDefinitions()) {
        AuthorizationRule fieldRule = ruleOf(field.getDirectives());
        AuthorizationRule rule = fieldRule != null ? fieldRule : typeRule;
        if (rule == null) {
          rule = new AuthorizationRule(EnumSet.of(defaultMode), null, true);
        }
        if (!rule.modes().containsAll(enabledModes) || rule.cognitoGroups() != null
            || (rule.fromDefault() && cognitoDenyByDefault)
            // a Lambda authorizer's deniedFields can close any field the Lambda mode may read
            || (enabledModes.contains(AuthMode.AWS_LAMBDA) && rule.modes().contains(AuthMode.AWS_LAMBDA))) {
          rules.put(FieldCoordinates.coordinates(type.getName(), field.getName()), rule);
        }
      }
    }
    return new FieldAuthorization(rules);
  }

  /** The rule for a field, or null when every enabled mode may read it. */
  public AuthorizationRule ruleFor(String typeName, String fieldName) {
    return rules.get(FieldCoordinates.coordinates(typeName, fieldName));
  }

  public boolean restricts(FieldCoordinates coordinates) {
    return rules.containsKey(coordinates);
  }

  private static AuthorizationRule ruleOf(List<Directive> directives) {
    Set<AuthMode> modes = EnumSet.noneOf(AuthMode.class);
    List<String> groups = null;
    for (Directive directive : directives) {
      AuthMode mode = DIRECTIVES.get(directive.getName());
      if (mode == null) {
        continue;
      }
      modes.add(mode);
      List<String> named = groupsOf(directive);
      if (named != null) {
        groups = groups == null ? new ArrayList<>() : groups;
        groups.addAll(named);
      }
    }
    return modes.isEmpty() ? null : new AuthorizationRule(modes, groups == null ? null : List.copyOf(groups));
  }

  private static List<String> groupsOf(Directive directive) {
    if (directive.getArgument("cognito_groups") == null) {
      return null;
    }
    Value<?> value = directive.getArgument("cognito_groups").getValue();
    List<String> groups = new ArrayList<>();
    if (value instanceof ArrayValue array) {
      for (Value<?> v : array.getValues()) {
        if (v instanceof StringValue s) {
          groups.add(s.getValue());
        }
      }
    } else if (value instanceof StringValue s) {
      groups.add(s.getValue());
    }
    return groups;
  }
}
