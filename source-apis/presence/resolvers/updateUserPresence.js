import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx) {
  const { userId, isOnline, conversationId } = ctx.args;
  const now = util.time.nowISO8601();
  const update = { isOnline, lastSeen: now, updatedAt: now };
  if (conversationId !== undefined && conversationId !== null) {
    update.conversationId = conversationId;
  }
  return ddb.update({ key: { userId }, update, condition: { userId: { attributeExists: true } } });
}

export function response(ctx) {
  if (ctx.error) {
    if (ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') {
      util.error(`User ${ctx.args.userId} does not exist.`, 'NotFound');
    }
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result;
}
