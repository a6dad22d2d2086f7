import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx) {
  const { title, description, status, priority, assignedTo } = ctx.args.input;
  if (title.trim().length === 0) {
    util.error('A task needs a title.', 'ValidationError');
  }
  const now = util.time.nowISO8601();
  const item = { title, status, priority, createdAt: now, updatedAt: now, version: 1 };
  if (ctx.identity?.username) {
    item.createdBy = ctx.identity.username;
  }
  if (description != null) {
    item.description = description;
  }
  if (assignedTo != null) {
    item.assignedTo = assignedTo;
  }
  return ddb.put({ key: { id: util.autoId() }, item, condition: { id: { attributeExists: false } } });
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result;
}
