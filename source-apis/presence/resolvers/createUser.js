import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx) {
  const { userId, ...profile } = ctx.args.input;
  const now = util.time.nowISO8601();
  const item = { ...profile, isOnline: false, createdAt: now, updatedAt: now };
  return ddb.put({
    key: { userId: userId ?? util.autoId() },
    item,
    condition: { userId: { attributeExists: false } },
  });
}

export function response(ctx) {
  if (ctx.error) {
    if (ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') {
      util.error('A user with this userId already exists.', ctx.error.type);
    }
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result;
}
