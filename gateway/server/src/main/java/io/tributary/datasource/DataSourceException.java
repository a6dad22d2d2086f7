package io.tributary.datasource;

/**
 * A data source failed in a way the resolver may see: becomes {@code ctx.error = {message, type}}
 * and, if the response handler raises it, an AppSync error with this {@code errorType}.
 *
 * <p>{@code data} carries what AppSync attaches to some errors, for instance the current item on
 * {@code DynamoDB:ConditionalCheckFailedException}. The message must be safe to show a client:
 * never put internal exception text or stack traces here.
 */
public final class DataSourceException extends RuntimeException {
  private final String errorType;
  private final transient Object data;
  private final transient Object errorInfo;

  public DataSourceException(String errorType, String message) {
    this(errorType, message, null, null);
  }

  public DataSourceException(String errorType, String message, Object data, Object errorInfo) {
    super(message, null, false, false);
    this.errorType = errorType;
    this.data = data;
    this.errorInfo = errorInfo;
  }

  public String errorType() {
    return errorType;
  }

  public Object data() {
    return data;
  }

  public Object errorInfo() {
    return errorInfo;
  }
}
