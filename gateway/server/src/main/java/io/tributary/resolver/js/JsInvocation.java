package io.tributary.resolver.js;

import java.util.Map;
import java.util.Objects;

/**
 * One handler call.
 *
 * @param ctx the resolver context as plain JSON values (Map, List, String, Number, Boolean, null)
 *     with the AppSync keys {@code arguments, source, identity, stash, prev, result, error, info,
 *     request}; in JS {@code ctx.args} aliases {@code ctx.arguments}. An optional {@code authType}
 *     key (e.g. "User Pool Authorization") is what {@code util.authType()} returns; it is removed
 *     from the context the handler sees.
 * @param mutation whether the resolver belongs to a mutation field, the only place AppSync allows
 *     {@code extensions.invalidateSubscriptions}
 */
public record JsInvocation(Map<String, Object> ctx, boolean mutation) {

  public JsInvocation {
    Objects.requireNonNull(ctx, "ctx");
  }
}
