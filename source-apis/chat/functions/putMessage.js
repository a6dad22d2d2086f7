import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx) {
  const { conversationId, content, type } = ctx.args.input;
  const senderId = ctx.stash.senderId;
  const item = { conversationId, senderId, content, type, createdAt: util.time.nowISO8601() };
  return ddb.put({ key: { id: util.autoId() }, item, condition: { id: { attributeExists: false } } });
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  ctx.stash.message = ctx.result;
  return ctx.result;
}
