// Entry point the Java runtime calls once per handler invocation. The context goes in as a host
// view that resolver code reads member by member; the outcome comes out as the bare value in the
// common case, and as JSON text when the handler failed, returned early, logged or used extensions.
import { host, state, log, render, ResolverFailure, EarlyReturnSignal } from '/shim/runtime-state.mjs';
// Loaded with the context, outside any handler's time budget: the shims are the bulk of the code.
import '/shim/utils.mjs';
import '/shim/dynamodb.mjs';

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

function signalOf(thrown) {
  if (thrown instanceof EarlyReturnSignal) {
    const value = thrown.value === undefined ? null : thrown.value;
    return '"e":' + JSON.stringify({ value, skipTo: thrown.skipTo });
  }
  return '"er":' + JSON.stringify(failureOf(thrown));
}

function encode(value) {
  const text = JSON.stringify(value);
  return text === undefined ? 'null' : text;
}

function unserializable(thrown) {
  const error = { message: 'Resolver output is not serializable: ' + thrown.message, errorType: 'Code' };
  return '#' + JSON.stringify({ v: null, er: error, l: state.effects === null ? null : state.effects.logs });
}

// The full outcome, for handlers that did more than return a value. '#' tells it from a value's JSON.
function outcomeOf(head) {
  const done = state.effects;
  if (done === null) {
    return '#' + head + '}';
  }
  let more = '';
  if (done.appended !== null) {
    more += ',"ae":' + JSON.stringify(done.appended);
  }
  if (done.extensions !== null) {
    more += ',"x":' + JSON.stringify(done.extensions);
  }
  if (done.logs !== null) {
    more += ',"l":' + JSON.stringify(done.logs);
  }
  return '#' + head + more + '}';
}

// Host views (ctx and the objects read from it) have their own prototype; one handed back is
// returned as is, and the host converts it without any JSON when resolver code did not change it.
const HOST_VIEW = Object.getPrototypeOf(host);

function serialized(value) {
  try {
    return encode(value);
  } catch (thrown) {
    return unserializable(thrown);
  }
}

function failed(thrown) {
  try {
    return outcomeOf('{"v":null,' + signalOf(thrown));
  } catch (serializing) {
    return unserializable(serializing);
  }
}

function finished(value) {
  try {
    return outcomeOf('{"v":' + encode(value));
  } catch (thrown) {
    return unserializable(thrown);
  }
}

/**
 * Runs one handler. Kept flat on purpose: without a JIT every call, property write and statement
 * here is paid on each invocation (a `switch` or a `finally` costs more than the handler itself).
 * The stash is not part of the result: the host reads it from the ctx view.
 * @param fn the exported handler (request or response)
 * @param ctx the host's view of the resolver context
 * @param mutation whether extensions.invalidateSubscriptions is allowed
 * @param authType what util.authType() reports, or null to derive it from the identity
 * @returns the bare value when the handler only returned one: a number, boolean, null or host
 *     view as is, anything else as JSON text; otherwise '#' and the outcome JSON (keys v, e, er,
 *     ae, x, l)
 */
export function invoke(fn, ctx, mutation, authType) {
  state.ctx = ctx;
  state.mutation = mutation;
  state.authType = authType;
  state.effects = null;
  let value;
  try {
    value = fn(ctx);
  } catch (thrown) {
    state.ctx = null;
    return failed(thrown);
  }
  state.ctx = null;
  if (state.effects !== null) {
    return finished(value);
  }
  const type = typeof value;
  if (type === 'object') {
    if (value === null || Object.getPrototypeOf(value) === HOST_VIEW) {
      return value;
    }
  } else if (type === 'number') {
    // NaN and the infinities are what JSON.stringify writes as null.
    return value - value === 0 ? value : null;
  } else if (type === 'boolean') {
    return value;
  }
  return serialized(value);
}

/** JSON text of a value the host cannot convert itself, or '#' and the reason it cannot be written. */
export function encodeForHost(value) {
  try {
    return encode(value);
  } catch (thrown) {
    return '#' + thrown.message;
  }
}

/** The JS value of JSON text from the host: lists in the context become real arrays this way. */
export function parseFromHost(text) {
  return JSON.parse(text);
}
