// Entry point the Java runtime calls once per handler invocation. The context goes in and the
// outcome comes out as JSON text: one string crossing the polyglot boundary each way is far
// cheaper than walking host maps from guest code.
import { begin, state, log, render, ResolverFailure, EarlyReturnSignal } from '/shim/runtime-state.mjs';

// Nothing outside the shim may talk to the host or the engine.
delete globalThis.Java;
delete globalThis.Graal;
delete globalThis.Polyglot;
delete globalThis.load;
delete globalThis.loadWithNewGlobal;
delete globalThis.print;
delete globalThis.printErr;
delete globalThis.quit;
delete globalThis.read;
delete globalThis.readbuffer;

function logger(level) {
  return (...args) => log(level, args.map(render).join(' '));
}

globalThis.console = Object.freeze({
  log: logger('INFO'),
  info: logger('INFO'),
  debug: logger('DEBUG'),
  warn: logger('WARN'),
  error: logger('ERROR'),
  trace: logger('TRACE'),
});

function failureOf(thrown) {
  if (thrown instanceof ResolverFailure) {
    return {
      message: thrown.message,
      errorType: thrown.errorType,
      data: thrown.data,
      errorInfo: thrown.errorInfo,
    };
  }
  if (thrown instanceof Error) {
    return { message: thrown.message, errorType: 'Code' };
  }
  return { message: render(thrown), errorType: 'Code' };
}

function run(fn, ctx) {
  try {
    const value = fn(ctx);
    return { v: value === undefined ? null : value };
  } catch (thrown) {
    if (thrown instanceof EarlyReturnSignal) {
      return { v: null, e: { value: thrown.value === undefined ? null : thrown.value, skipTo: thrown.skipTo } };
    }
    return { v: null, er: failureOf(thrown) };
  }
}

function serialize(outcome) {
  try {
    return JSON.stringify(outcome);
  } catch (thrown) {
    return JSON.stringify({
      v: null,
      s: {},
      er: { message: 'Resolver output is not serializable: ' + thrown.message, errorType: 'Code' },
      l: state.logs,
    });
  }
}

/**
 * Runs one handler.
 * @param fn the exported handler (request or response)
 * @param input the resolver context as JSON text
 * @param mutation whether extensions.invalidateSubscriptions is allowed
 */
export function invoke(fn, input, mutation) {
  const ctx = JSON.parse(input);
  if (ctx.arguments == null) {
    ctx.arguments = {};
  }
  if (ctx.stash == null) {
    ctx.stash = {};
  }
  ctx.args = ctx.arguments;
  begin(ctx, mutation);
  const outcome = run(fn, ctx);
  outcome.s = ctx.stash;
  if (state.appended !== null) {
    outcome.ae = state.appended;
  }
  if (state.extensions !== null) {
    outcome.x = state.extensions;
  }
  if (state.logs !== null) {
    outcome.l = state.logs;
  }
  state.ctx = null;
  return serialize(outcome);
}
