package io.tributary.datasource.dynamodb;

import io.tributary.datasource.DataSourceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Maps SDK failures to the closed vocabulary of AppSync error types ({@code DynamoDB:<Name>}).
 * Messages are DynamoDB's own service messages (written for API callers) or fixed texts; SDK
 * internals, endpoints and stack traces never reach the resolver.
 */
public final class DynamoDbErrors {
  /** No answer within the configured call timeout (after the SDK's own retries). */
  public static final String SERVICE_TIMEOUT = "DynamoDB:ServiceTimeout";
  /** DynamoDB could not be reached or dropped the connection. */
  public static final String SERVICE_UNAVAILABLE = "DynamoDB:ServiceUnavailable";

  private DynamoDbErrors() {}

  /** Translates any failure of a DynamoDB call; DataSourceExceptions pass through unchanged. */
  public static DataSourceException translate(Throwable failure) {
    Throwable error = unwrap(failure);
    if (error instanceof DataSourceException known) {
      return known;
    }
    if (error instanceof ConditionalCheckFailedException conditional) {
      return new DataSourceException("DynamoDB:ConditionalCheckFailedException",
          serviceMessage(conditional, "The conditional request failed"),
          AttributeValueJson.toPlainMap(conditional.hasItem() ? conditional.item() : null), null);
    }
    if (error instanceof TransactionCanceledException canceled) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("keys", null);
      data.put("cancellationReasons", reasons(canceled));
      return new DataSourceException("DynamoDB:TransactionCanceledException",
          serviceMessage(canceled, "Transaction cancelled"), data, null);
    }
    if (error instanceof DynamoDbException service && service.awsErrorDetails() != null) {
      String code = service.awsErrorDetails().errorCode();
      String type = "DynamoDB:" + (code == null ? "DynamoDbException" : code);
      return new DataSourceException(type, serviceMessage(service, "DynamoDB rejected the request"));
    }
    if (isTimeout(error)) {
      return new DataSourceException(SERVICE_TIMEOUT, "DynamoDB did not answer in time");
    }
    if (error instanceof SdkClientException) {
      return new DataSourceException(SERVICE_UNAVAILABLE, "DynamoDB is unreachable");
    }
    return new DataSourceException("DynamoDB:InternalFailure",
        "The DynamoDB call failed unexpectedly");
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable error = failure;
    while ((error instanceof CompletionException || error instanceof ExecutionException)
        && error.getCause() != null) {
      error = error.getCause();
    }
    return error;
  }

  private static boolean isTimeout(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static String serviceMessage(DynamoDbException e, String fallback) {
    String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
    return message == null || message.isBlank() ? fallback : message;
  }

  /** AppSync's {@code cancellationReasons}: one entry per transact item, in request order. */
  static List<Map<String, Object>> reasons(TransactionCanceledException canceled) {
    List<Map<String, Object>> reasons = new ArrayList<>();
    if (!canceled.hasCancellationReasons()) {
      return reasons;
    }
    for (CancellationReason reason : canceled.cancellationReasons()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      if (reason.hasItem()) {
        entry.put("item", AttributeValueJson.toPlainMap(reason.item()));
      }
      entry.put("type", reason.code());
      entry.put("message", reason.message() == null ? reason.code() : reason.message());
      reasons.add(entry);
    }
    return reasons;
  }
}
