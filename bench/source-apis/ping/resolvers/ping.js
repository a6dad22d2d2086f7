export function request(ctx) {
  return { payload: 'pong' };
}

export function response(ctx) {
  return ctx.result;
}
