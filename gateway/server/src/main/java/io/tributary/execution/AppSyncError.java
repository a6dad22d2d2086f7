package io.tributary.execution;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * A field error in AppSync's vocabulary: {@code errorType}, {@code data} and {@code errorInfo}
 * sit at the top level of the error object (not under {@code extensions}), see
 * {@link ResponseShaper}.
 */
public final class AppSyncError implements GraphQLError {
  private final String message;
  private final String errorType;
  private final List<Object> path;
  private final List<SourceLocation> locations;
  private final Object data;
  private final Object errorInfo;

  public AppSyncError(
      String message,
      String errorType,
      List<Object> path,
      List<SourceLocation> locations,
      Object data,
      Object errorInfo) {
    this.message = message;
    this.errorType = errorType;
    this.path = path;
    this.locations = locations;
    this.data = data;
    this.errorInfo = errorInfo;
  }

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public List<SourceLocation> getLocations() {
    return locations;
  }

  @Override
  public List<Object> getPath() {
    return path;
  }

  @Override
  public ErrorClassification getErrorType() {
    return ErrorClassification.errorClassification(errorType);
  }

  public String errorTypeName() {
    return errorType;
  }

  public Object data() {
    return data;
  }

  public Object errorInfo() {
    return errorInfo;
  }

  @Override
  public Map<String, Object> getExtensions() {
    return null;
  }
}
