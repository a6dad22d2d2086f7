package io.tributary.config;

import java.util.List;

/**
 * Pagination tokens ({@code nextToken}) handed to clients wrap DynamoDB's LastEvaluatedKey; they
 * are sealed with this secret so clients cannot forge or read them.
 *
 * @param tokenSecret at least 16 characters; empty means "generate a random secret at start and
 *     log a warning" (tokens then break across restarts and between nodes). The default reads
 *     {@code TRIBUTARY_TOKEN_SECRET} from the environment.
 */
public record PaginationConfig(String tokenSecret) implements ConfigValidation {
  static final int MIN_SECRET_LENGTH = 16;

  public static PaginationConfig defaults() {
    return new PaginationConfig("${env.TRIBUTARY_TOKEN_SECRET:-}");
  }

  /** Whether a secret was configured; false means the bootstrap must generate one. */
  public boolean hasTokenSecret() {
    return !tokenSecret.isEmpty();
  }

  @Override
  public List<ConfigProblem> validate(String path) {
    return new ConfigChecks(path)
        .require(tokenSecret.isEmpty() || tokenSecret.length() >= MIN_SECRET_LENGTH, "tokenSecret",
            "must be empty (random per start) or at least " + MIN_SECRET_LENGTH + " characters")
        .problems();
  }

  @Override
  public String toString() {
    return "PaginationConfig[tokenSecret=" + (hasTokenSecret() ? "***" : "") + "]";
  }
}
