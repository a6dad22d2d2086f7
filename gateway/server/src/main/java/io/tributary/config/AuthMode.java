package io.tributary.config;

/** The AppSync authorization modes, named exactly as AppSync names them. */
public enum AuthMode {
  API_KEY,
  AWS_IAM,
  AMAZON_COGNITO_USER_POOLS,
  OPENID_CONNECT,
  AWS_LAMBDA
}
