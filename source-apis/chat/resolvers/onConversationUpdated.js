import { util, extensions } from '@aws-appsync/utils';

// Runs once when a client subscribes. A conversation event carries participantIds, not the
// subscriber's userId, so basic argument filtering cannot match it: install an enhanced filter.
export function request(ctx) {
  return { payload: null };
}

export function response(ctx) {
  extensions.setSubscriptionFilter(
    util.transform.toSubscriptionFilter({ participantIds: { contains: ctx.args.userId } })
  );
  return null;
}
