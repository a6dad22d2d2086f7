package io.tributary.auth;

import io.tributary.config.AuthMode;
import java.util.List;
import java.util.Set;

/**
 * Who may read one field: the modes its {@code @aws_*} directives name (or the type's, or the
 * default mode) and, for Cognito user pools, the groups that are required.
 *
 * @param cognitoGroups null when any authenticated user-pool caller may read the field
 * @param fromDefault the field names no auth directive (nor does its type): the default mode
 *     applies, and a user pool with {@code defaultAction: DENY} closes it to user-pool callers
 */
public record AuthorizationRule(Set<AuthMode> modes, List<String> cognitoGroups, boolean fromDefault) {

  public AuthorizationRule(Set<AuthMode> modes, List<String> cognitoGroups) {
    this(modes, cognitoGroups, false);
  }

  public boolean allows(Identity identity) {
    if (!modes.contains(identity.mode())) {
      return false;
    }
    if (fromDefault && identity.denyByDefault()) {
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
