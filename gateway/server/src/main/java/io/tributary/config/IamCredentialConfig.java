package io.tributary.config;

/**
 * One access key accepted by AWS_IAM, and who it is ({@code ctx.identity}).
 *
 * @param accessKeyId the key id (Credential=…)
 * @param secretAccessKey the secret, usually {@code ${env.X}}
 * @param sessionToken when set, requests must carry this {@code x-amz-security-token}
 *     (temporary credentials)
 * @param accountId the AWS account shown as ctx.identity.accountId
 * @param userArn the principal shown as ctx.identity.userArn
 * @param username shown as ctx.identity.username (defaults to the access key id)
 * @param cognitoIdentityPoolId set for Cognito identity-pool credentials
 * @param cognitoIdentityId the identity id within that pool
 * @param cognitoIdentityAuthType authenticated or unauthenticated
 */
public record IamCredentialConfig(@Required String accessKeyId, @Required String secretAccessKey, String sessionToken,
    String accountId, String userArn, String username, String cognitoIdentityPoolId, String cognitoIdentityId,
    String cognitoIdentityAuthType) {

  @Override
  public String toString() {
    return "IamCredentialConfig[accessKeyId=" + accessKeyId + ", secretAccessKey=***]";
  }
}
