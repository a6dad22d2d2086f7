package io.tributary.scalar;

import static io.tributary.scalar.ScalarRule.because;
import static io.tributary.scalar.ScalarRule.valid;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * AWSURL: an absolute URI with any scheme ({@code https:}, {@code ftp:}, {@code mailto:},
 * {@code myapp:} ...); local hosts such as {@code http://localhost/} are fine.
 *
 * <p>The scheme is required ({@code amazon.com} is invalid), the rest must be a syntactically
 * valid URI (RFC 2396 as {@link URI} parses it: no spaces or other unescaped illegal characters,
 * a non-empty authority after {@code //}), and the path must not contain {@code //}.
 */
final class UrlRule implements ScalarRule {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final int MAX_LENGTH = 8192;

  @Override
  public Optional<String> problem(String text) {
    if (text.length() > MAX_LENGTH) {
      return because("a URL has at most " + MAX_LENGTH + " characters");
    }
    if (!SCHEME.matcher(text).find()) {
      return because("a scheme such as https: is required");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return because(e.getReason() + " at index " + e.getIndex());
    }
    String path = uri.getRawPath();
    if (path != null && path.contains("//")) {
      return because("the path must not contain '//'");
    }
    return valid();
  }
}
