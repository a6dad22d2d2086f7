import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx) {
  const conversation = ctx.stash.conversation;
  const members = conversation.participantIds.map((userId) => ({
    conversationId: conversation.id,
    userId,
    joinedAt: conversation.createdAt,
  }));
  return ddb.batchPut({ tables: { ConversationMembers: members } });
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.stash.conversation;
}
