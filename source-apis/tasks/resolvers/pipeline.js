// Before and after steps of the tasks pipelines: the functions do the work; the last one's result
// is the field's value.
export function request(ctx) {
  return {};
}

export function response(ctx) {
  return ctx.prev.result;
}
