import { runtime, util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

// Signed-in users delete only what they sent; admins and API-key back ends delete any message.
export function request(ctx) {
  const caller = ctx.identity?.username;
  if (!caller || (ctx.identity.groups ?? []).includes('admins')) {
    runtime.earlyReturn(null);
  }
  return ddb.get({ key: { id: ctx.args.id }, consistentRead: true });
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  if (ctx.result && ctx.result.senderId !== ctx.identity.username) {
    util.unauthorized();
  }
  return ctx.result;
}
