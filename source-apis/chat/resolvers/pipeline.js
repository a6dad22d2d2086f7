// Before and after steps shared by chat's pipeline resolvers: the functions do the work and
// the last one's result is the field's value (listConversations adds the page token it stashed).
export function request(ctx) {
  return {};
}

export function response(ctx) {
  if (ctx.stash.page) {
    return { items: ctx.prev.result, nextToken: ctx.stash.page.nextToken ?? null };
  }
  return ctx.prev.result;
}
