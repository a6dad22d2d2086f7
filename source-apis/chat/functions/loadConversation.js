import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx) {
  const { participantIds } = ctx.args.input;
  if (participantIds != null) {
    const unique = [...new Set(participantIds)];
    if (unique.length === 0 || unique.length > 25) {
      util.error('A conversation needs between 1 and 25 participants.', 'ValidationError');
    }
  }
  return ddb.get({ key: { id: ctx.args.input.id }, consistentRead: true });
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  if (!ctx.result) {
    util.error(`Conversation ${ctx.args.input.id} does not exist.`, 'NotFound');
  }
  ctx.stash.before = ctx.result;
  return ctx.result;
}
