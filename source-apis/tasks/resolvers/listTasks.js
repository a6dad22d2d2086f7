import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx) {
  const { limit = 20, nextToken } = ctx.args;
  if (limit < 1 || limit > 100) {
    util.error('limit must be between 1 and 100.', 'ValidationError');
  }
  return ddb.scan({ limit, nextToken });
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  const { items = [], nextToken = null } = ctx.result;
  return { items, nextToken };
}
