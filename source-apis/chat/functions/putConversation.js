import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

const MAX_PARTICIPANTS = 25;

export function request(ctx) {
  const { name, participantIds, createdBy } = ctx.args.input;
  const unique = [...new Set(participantIds)];
  if (unique.length === 0) {
    util.error('A conversation needs at least one participant.', 'ValidationError');
  }
  if (unique.length > MAX_PARTICIPANTS) {
    util.error(`A conversation may have at most ${MAX_PARTICIPANTS} participants.`, 'ValidationError');
  }
  const now = util.time.nowISO8601();
  const item = { participantIds: unique, messageCount: 0, createdAt: now, updatedAt: now };
  if (name != null) {
    item.name = name;
  }
  if (createdBy != null) {
    item.createdBy = createdBy;
  }
  return ddb.put({ key: { id: util.autoId() }, item, condition: { id: { attributeExists: false } } });
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  ctx.stash.conversation = ctx.result;
  return ctx.result;
}
