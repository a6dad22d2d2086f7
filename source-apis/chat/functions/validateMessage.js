import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

const MAX_CONTENT = 4000;

// Reject bad messages before anything is written: empty or oversized content, an unknown
// conversation, or a sender who is not one of its participants.
export function request(ctx) {
  const { conversationId, content, senderId } = ctx.args.input;
  // A signed-in user always sends as themselves; naming someone else is refused.
  const caller = ctx.identity?.username;
  if (caller && senderId != null && senderId !== caller) {
    util.unauthorized();
  }
  ctx.stash.senderId = caller ?? senderId;
  if (ctx.stash.senderId == null) {
    util.error('senderId is required when the caller is not a signed-in user.', 'ValidationError');
  }
  if (content.trim().length === 0) {
    util.error('A message needs content.', 'ValidationError');
  }
  if (content.length > MAX_CONTENT) {
    util.error(`A message may hold at most ${MAX_CONTENT} characters.`, 'ValidationError');
  }
  return ddb.get({ key: { id: conversationId } });
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  const { conversationId } = ctx.args.input;
  const senderId = ctx.stash.senderId;
  if (!ctx.result) {
    util.error(`Conversation ${conversationId} does not exist.`, 'NotFound');
  }
  if (!ctx.result.participantIds.includes(senderId)) {
    util.error(`User ${senderId} is not a participant of conversation ${conversationId}.`, 'Unauthorized');
  }
  ctx.stash.conversation = ctx.result;
  return ctx.result;
}
