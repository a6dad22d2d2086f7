package io.tributary.execution;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an execution result into AppSync's response shape. AppSync puts {@code errorType},
 * {@code data} and {@code errorInfo} at the top level of each error and writes
 * {@code sourceName: null} in every location; validation messages use graphql-java's legacy
 * format ({@code Validation error of type FieldUndefined: … @ 'foo'}) that AppSync clients and
 * tooling match on.
 */
public final class ResponseShaper {
  private ResponseShaper() {}

  public static Map<String, Object> toResponse(ExecutionResult result) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (result.isDataPresent() || !result.getErrors().isEmpty()) {
      body.put("data", result.getData());
    }
    if (!result.getErrors().isEmpty()) {
      List<Map<String, Object>> errors = new ArrayList<>(result.getErrors().size());
      for (GraphQLError error : result.getErrors()) {
        errors.add(shape(error));
      }
      body.put("errors", errors);
    }
    if (result.getExtensions() != null && !result.getExtensions().isEmpty()) {
      body.put("extensions", result.getExtensions());
    }
    return body;
  }

  /** A response that carries only request-level errors, e.g. a limit hit before execution. */
  public static Map<String, Object> errorsOnly(List<Map<String, Object>> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", null);
    body.put("errors", errors);
    return body;
  }

  public static Map<String, Object> shape(GraphQLError error) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("path", error.getPath());
    if (error instanceof AppSyncError appSync) {
      out.put("data", appSync.data());
      out.put("errorType", appSync.errorTypeName());
      out.put("errorInfo", appSync.errorInfo());
    } else {
      out.put("data", null);
      out.put("errorType", errorTypeOf(error));
      out.put("errorInfo", null);
    }
    out.put("locations", locations(error.getLocations()));
    out.put("message", messageOf(error));
    return out;
  }

  /** A request-level error with no path or location (auth, malformed request, limits). */
  public static Map<String, Object> simple(String errorType, String message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("errorType", errorType);
    out.put("message", message);
    return out;
  }

  private static String errorTypeOf(GraphQLError error) {
    if (error instanceof InvalidSyntaxError) {
      return "InvalidSyntax";
    }
    if (error.getErrorType() == null) {
      return null;
    }
    return error.getErrorType().toString();
  }

  private static String messageOf(GraphQLError error) {
    if (!(error instanceof ValidationError validation)) {
      return error.getMessage();
    }
    StringBuilder legacy =
        new StringBuilder("Validation error of type ")
            .append(validation.getValidationErrorType())
            .append(": ")
            .append(describe(validation));
    List<String> path = validation.getQueryPath();
    if (path != null && !path.isEmpty()) {
      legacy.append(" @ '").append(String.join("/", path)).append('\'');
    }
    return legacy.toString();
  }

  /** graphql-java ≥18 prefixes descriptions with {@code Validation error (Type@[path]) : }. */
  private static String describe(ValidationError validation) {
    String description = validation.getDescription();
    if (description != null && description.startsWith("Validation error (")) {
      int end = description.indexOf(") : ");
      if (end > 0) {
        return description.substring(end + 4);
      }
    }
    return description;
  }

  private static List<Map<String, Object>> locations(List<SourceLocation> locations) {
    if (locations == null) {
      return null;
    }
    List<Map<String, Object>> out = new ArrayList<>(locations.size());
    for (SourceLocation location : locations) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("line", location.getLine());
      l.put("column", location.getColumn());
      l.put("sourceName", null);
      out.add(l);
    }
    return out;
  }
}
