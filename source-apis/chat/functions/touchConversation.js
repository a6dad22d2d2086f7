import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

const PREVIEW = 200;

export function request(ctx) {
  const message = ctx.stash.message;
  return ddb.update({
    key: { id: message.conversationId },
    update: {
      lastMessage: message.content.substring(0, PREVIEW),
      lastMessageAt: message.createdAt,
      updatedAt: message.createdAt,
      messageCount: ddb.operations.increment(1),
    },
    condition: { id: { attributeExists: true } },
  });
}

// The field's value is the message, not the conversation.
export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.stash.message;
}
