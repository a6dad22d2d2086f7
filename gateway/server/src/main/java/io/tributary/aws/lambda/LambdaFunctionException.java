package io.tributary.aws.lambda;

/**
 * The function ran and failed: Lambda's {@code X-Amz-Function-Error} with the payload's
 * {@code errorType} and {@code errorMessage}, as AppSync maps them.
 */
public final class LambdaFunctionException extends RuntimeException {
  private final String errorType;

  public LambdaFunctionException(String errorType, String message) {
    super(message, null, false, false);
    this.errorType = errorType;
  }

  public String errorType() {
    return errorType;
  }
}
