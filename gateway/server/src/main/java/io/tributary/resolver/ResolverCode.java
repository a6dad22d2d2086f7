package io.tributary.resolver;

/**
 * A compiled resolver or pipeline function (its request and response handlers) bound to the
 * runtime that executes it. APPSYNC_JS modules and VTL template pairs both implement this, so the
 * executors below never know which language a team wrote in.
 */
public interface ResolverCode {

  /** Where the code came from, for error messages, e.g. {@code chat/resolvers/sendMessage.js}. */
  String origin();

  /** Runs the request handler (a pipeline resolver's "before" step). */
  HandlerResult request(ResolverContext ctx);

  /** Runs the response handler (a pipeline resolver's "after" step). */
  HandlerResult response(ResolverContext ctx);

  /**
   * Whether the code reads {@code ctx.info.selectionSetList}/{@code selectionSetGraphQL}.
   * Building them for every list item is costly, so runtimes that can tell say no.
   */
  default boolean readsSelectionSet() {
    return true;
  }
}
