package io.tributary.auth;

import io.tributary.config.AuthMode;
import java.util.List;
import java.util.Set;

/**
 * Who may read one field: the modes its {@code @aws_*} directives name (or the type's, or the
 * default mode) and, for Cognito user pools, the groups that are required.
 *
 * @param cognitoGroups null when any authenticated user-pool caller may read the field
 */
public record AuthorizationRule(Set<AuthMode> modes, List<String> cognitoGroups) {

  public boolean allows(Identity identity) {
    if (!modes.contains(identity.mode())) {
      return false;
    }
    if (identity.mode() != AuthMode.AMAZON_COGNITO_USER_POOLS || cognitoGroups == null) {
      return true;
    }
    for (String group : cognitoGroups) {
      if (identity.groups().contains(group)) {
        return true;
      }
    }
    return false;
  }
}
