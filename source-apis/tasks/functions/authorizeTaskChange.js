import { runtime, util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

// Who may change a task: API-key callers (trusted back ends) and admins always; otherwise its
// creator, and for updates also its assignee. The write that follows repeats the rule in its
// condition, so a change between this read and the write cannot slip through.
export function request(ctx) {
  const caller = ctx.identity?.username;
  if (!caller || (ctx.identity.groups ?? []).includes('admins')) {
    runtime.earlyReturn(null);
  }
  return ddb.get({ key: { id: ctx.args.input?.id ?? ctx.args.id }, consistentRead: true });
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  const task = ctx.result;
  if (!task) {
    // Missing task: the write reports it in its own words.
    return null;
  }
  const caller = ctx.identity.username;
  const allowed = task.createdBy === caller || (ctx.info.fieldName === 'updateTask' && task.assignedTo === caller);
  if (!allowed) {
    util.unauthorized();
  }
  return task;
}
