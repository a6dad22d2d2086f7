import { util, runtime } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

// A keyed read: the gateway batches these across the whole list into BatchGetItem calls.
export function request(ctx) {
  if (!ctx.source.assignedTo) {
    runtime.earlyReturn(null);
  }
  return ddb.get({ key: { userId: ctx.source.assignedTo } });
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result;
}
