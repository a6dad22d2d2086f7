import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

// DynamoDB applies `limit` before the filter, so a page may hold fewer matches than `limit`
// and still carry a nextToken; clients keep paging until nextToken is null.
export function request(ctx) {
  const { conversationId, text, limit = 50, nextToken } = ctx.args;
  if (text.length === 0) {
    util.error('Search text must not be empty.', 'ValidationError');
  }
  if (limit < 1 || limit > 100) {
    util.error('limit must be between 1 and 100.', 'ValidationError');
  }
  return ddb.query({
    index: 'byConversation',
    query: { conversationId: { eq: conversationId } },
    filter: { content: { contains: text } },
    scanIndexForward: false,
    limit,
    nextToken,
  });
}

export function response(ctx) {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  const { items = [], nextToken = null } = ctx.result;
  return { items, nextToken };
}
