import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

const EDITABLE = ['displayName', 'avatarUrl', 'email', 'statusMessage'];

export function request(ctx) {
  const { userId } = ctx.args.input;
  const update = { updatedAt: util.time.nowISO8601() };
  for (const field of EDITABLE) {
    if (!(field in ctx.args.input)) {
      continue;
    }
    const value = ctx.args.input[field];
    update[field] = value === null ? ddb.operations.remove() : value;
  }
  return ddb.update({ key: { userId }, update, condition: { userId: { attributeExists: true } } });
}

export function response(ctx) {
  if (ctx.error) {
    if (ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') {
      util.error(`User ${ctx.args.input.userId} does not exist.`, 'NotFound');
    }
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result;
}
