package io.tributary.auth;

/**
 * The caller could not be authenticated by any enabled mode: AppSync answers HTTP 401 with
 * {@code {"errors":[{"errorType":"UnauthorizedException","message":…}]}}. Messages are AppSync's
 * own, so clients that match on them keep working; the precise reason is only logged.
 */
public final class UnauthorizedException extends RuntimeException {
  public static final String MISSING = "Valid authorization header not provided.";
  public static final String NOT_AUTHORIZED = "You are not authorized to make this call.";

  public UnauthorizedException(String message) {
    super(message, null, false, false);
  }
}
