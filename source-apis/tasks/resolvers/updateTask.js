import { extensions, util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

const EDITABLE = ['title', 'description', 'status', 'priority', 'assignedTo'];

/**
 * Optimistic concurrency: the write only happens if the stored version is the one the caller
 * read. A stale caller gets DynamoDB:ConditionalCheckFailedException with the current task as
 * the error's data, so it can merge and retry.
 */
export function request(ctx) {
  const { id, expectedVersion } = ctx.args.input;
  const update = { updatedAt: util.time.nowISO8601(), version: ddb.operations.increment(1) };
  for (const field of EDITABLE) {
    if (!(field in ctx.args.input)) {
      continue;
    }
    const value = ctx.args.input[field];
    update[field] = value === null ? ddb.operations.remove() : value;
  }
  if (update.title !== undefined && typeof update.title === 'string' && update.title.trim() === '') {
    util.error('A task needs a title.', 'ValidationError');
  }
  const condition = { version: { eq: expectedVersion } };
  const caller = ctx.identity?.username;
  if (caller && !(ctx.identity.groups ?? []).includes('admins')) {
    // Owner check in the same conditional write: no read-then-write race.
    condition.or = [{ createdBy: { eq: caller } }, { assignedTo: { eq: caller } }];
  }
  return ddb.update({ key: { id }, update, condition });
}

export function response(ctx) {
  if (ctx.error) {
    const { id, expectedVersion } = ctx.args.input;
    if (ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') {
      util.error(`Task ${id} is not at version ${expectedVersion}: it was changed or deleted.`, ctx.error.type);
    }
    util.error(ctx.error.message, ctx.error.type);
  }
  // The cached getTask of this task is stale now.
  extensions.evictFromApiCache('Query', 'getTask', { 'ctx.args.id': ctx.args.input.id });
  return ctx.result;
}

