import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';

export function request(ctx) {
  const condition = { id: { attributeExists: true } };
  // Signed-in users delete only what they sent, unless they are admins; API-key callers are trusted
  // back ends.
  const caller = ctx.identity?.username;
  if (caller && !(ctx.identity.groups ?? []).includes('admins')) {
    condition.senderId = { eq: caller };
  }
  return ddb.remove({ key: { id: ctx.args.id }, condition });
}

export function response(ctx) {
  if (ctx.error) {
    if (ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') {
      util.error(`Message ${ctx.args.id} does not exist.`, 'NotFound');
    }
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result;
}
