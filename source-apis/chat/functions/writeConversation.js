import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx) {
  const { id, name, participantIds } = ctx.args.input;
  const update = { updatedAt: util.time.nowISO8601() };
  if ('name' in ctx.args.input) {
    update.name = name === null ? ddb.operations.remove() : name;
  }
  if (participantIds != null) {
    update.participantIds = [...new Set(participantIds)];
  }
  return ddb.update({ key: { id }, update, condition: { id: { attributeExists: true } } });
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  ctx.stash.conversation = ctx.result;
  return ctx.result;
}
