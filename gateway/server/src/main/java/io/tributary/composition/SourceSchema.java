package io.tributary.composition;

import java.util.List;
import java.util.Objects;

/**
 * One team-owned source API as the composer sees it.
 *
 * @param api             the source API's name (used in every problem message)
 * @param file            the schema file name, relative to the source folder (used in locations)
 * @param sdl             the schema text
 * @param defaultAuthMode the source's primary auth mode: API_KEY, AWS_IAM, OPENID_CONNECT, AWS_LAMBDA or
 *                        AMAZON_COGNITO_USER_POOLS
 * @param resolvers       the resolvers the source's descriptor attaches, with their descriptor positions
 */
public record SourceSchema(String api, String file, String sdl, String defaultAuthMode, List<ResolverRef> resolvers) {
  public SourceSchema {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sdl, "sdl");
    Objects.requireNonNull(defaultAuthMode, "defaultAuthMode");
    resolvers = List.copyOf(resolvers);
  }

  /** The name every AST node of this source carries as its source name, so locations can be traced back. */
  String sourceName() {
    return api + "/" + file;
  }
}
