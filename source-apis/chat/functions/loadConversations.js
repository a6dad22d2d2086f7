import { util, runtime } from '@aws-appsync/utils';

export function request(ctx) {
  const ids = ctx.prev.result;
  if (ids.length === 0) {
    runtime.earlyReturn([]);
  }
  const keys = ids.map((id) => util.dynamodb.toMapValues({ id }));
  return { operation: 'BatchGetItem', tables: { Conversations: { keys } } };
}

// BatchGetItem answers in request order with null for a missing item; drop those (a membership
// can briefly outlive its conversation).
export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result.data.Conversations.filter((c) => c !== null);
}
