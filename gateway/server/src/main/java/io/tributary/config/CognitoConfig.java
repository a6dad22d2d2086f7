package io.tributary.config;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * AMAZON_COGNITO_USER_POOLS, as AppSync's {@code userPoolConfig}.
 *
 * @param userPoolId e.g. {@code us-east-1_AbCdEfGhI}
 * @param awsRegion the pool's region; defaults to the region in the pool id
 * @param appIdClientRegex app client ids whose tokens are accepted (the ID token's {@code aud},
 *     the access token's {@code client_id}); null accepts every client of the pool
 * @param defaultAction ALLOW, or DENY: user-pool callers may then read only fields whose own
 *     directives name {@code @aws_cognito_user_pools}
 * @param issuer overrides the issuer {@code https://cognito-idp.<region>.amazonaws.com/<pool>};
 *     {@code local} uses the gateway's local issuer (see {@code auth.localIssuer})
 * @param jwksUri overrides {@code <issuer>/.well-known/jwks.json}
 */
public record CognitoConfig(String userPoolId, String awsRegion, String appIdClientRegex, DefaultAction defaultAction,
    String issuer, String jwksUri) implements ConfigValidation {

  public static final String LOCAL = "local";

  /** AppSync's {@code defaultAction}. */
  public enum DefaultAction { ALLOW, DENY }

  public static CognitoConfig defaults() {
    return new CognitoConfig(null, null, null, DefaultAction.ALLOW, null, null);
  }

  public boolean usesLocalIssuer() {
    return LOCAL.equals(issuer);
  }

  /** The region: configured, or the pool id's prefix. */
  public String region() {
    if (awsRegion != null) {
      return awsRegion;
    }
    int underscore = userPoolId == null ? -1 : userPoolId.indexOf('_');
    return underscore > 0 ? userPoolId.substring(0, underscore) : null;
  }

  /** The {@code iss} tokens must carry, unless the local issuer is used. */
  public String expectedIssuer() {
    if (issuer != null) {
      return issuer;
    }
    return "https://cognito-idp." + region() + ".amazonaws.com/" + userPoolId;
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .require(userPoolId != null || issuer != null, "userPoolId", "is required (or set issuer)")
        .require(issuer != null || region() != null, "awsRegion", "is required when userPoolId has no region prefix")
        .require(validRegex(appIdClientRegex), "appIdClientRegex", "is not a valid regular expression")
        .problems();
  }

  static boolean validRegex(String regex) {
    if (regex == null) {
      return true;
    }
    try {
      Pattern.compile(regex);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
