import { extensions, util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx) {
  const { id, version } = ctx.args;
  const condition = { version: { eq: version } };
  const caller = ctx.identity?.username;
  if (caller && !(ctx.identity.groups ?? []).includes('admins')) {
    condition.createdBy = { eq: caller };
  }
  return ddb.remove({ key: { id }, condition });
}

export function response(ctx) {
  if (ctx.error) {
    if (ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') {
      util.error(`Task ${ctx.args.id} is not at version ${ctx.args.version}: it was changed or deleted.`, ctx.error.type);
    }
    util.error(ctx.error.message, ctx.error.type);
  }
  // The cached getTask of this task is stale now.
  extensions.evictFromApiCache('Query', 'getTask', { 'ctx.args.id': ctx.args.id });
  return ctx.result;
}
