import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

// One GetItem per message as written; the gateway coalesces a page's worth into BatchGetItem.
export function request(ctx) {
  return ddb.get({ key: { userId: ctx.source.senderId } });
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result;
}
