import { util, runtime } from '@aws-appsync/utils';

// Keeps the membership index in step with participantIds: one transaction adds the new
// participants and removes the ones who left. Nothing to do when the list did not change.
export function request(ctx) {
  const before = new Set(ctx.stash.before.participantIds);
  const after = new Set(ctx.stash.conversation.participantIds);
  const id = ctx.stash.conversation.id;
  const transactItems = [];
  for (const userId of after) {
    if (!before.has(userId)) {
      transactItems.push({
        table: 'ConversationMembers',
        operation: 'PutItem',
        key: util.dynamodb.toMapValues({ conversationId: id, userId }),
        attributeValues: util.dynamodb.toMapValues({ joinedAt: ctx.stash.conversation.updatedAt }),
      });
    }
  }
  for (const userId of before) {
    if (!after.has(userId)) {
      transactItems.push({
        table: 'ConversationMembers',
        operation: 'DeleteItem',
        key: util.dynamodb.toMapValues({ conversationId: id, userId }),
      });
    }
  }
  if (transactItems.length === 0) {
    runtime.earlyReturn(ctx.stash.conversation);
  }
  return { operation: 'TransactWriteItems', transactItems };
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.stash.conversation;
}
