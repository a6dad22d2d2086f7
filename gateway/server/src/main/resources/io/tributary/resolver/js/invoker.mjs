// Entry point the Java runtime calls once per handler invocation. The context goes in and the
// outcome comes out as JSON text: one string crossing the polyglot boundary each way is far
// cheaper than walking host maps from guest code.
import { begin, state, log, render, ResolverFailure, EarlyReturnSignal } from '/shim/runtime-state.mjs';
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

// identity, info and request are usually the bulk of the context (claims, headers, selection sets)
// and most handlers never read them, so they arrive as JSON text and are parsed on first access,
// through accessors on the context's prototype (defining own accessors per call costs more than
// parsing). Reading one turns it into an own property; toJSON makes JSON.stringify(ctx) complete.
// The raw text belongs to the running invocation only: a context kept past its call reads null.
const pending = { ctx: null, identity: null, info: null, request: null };

function settle(target, name, value) {
  Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

function lazyPart(name) {
  return {
    get() { return settle(this, name, this === pending.ctx ? JSON.parse(pending[name]) : null); },
    set(value) { settle(this, name, value); },
    enumerable: false,
    configurable: false,
  };
}

const CONTEXT_PROTOTYPE = Object.freeze(Object.create(Object.prototype, {
  identity: lazyPart('identity'),
  info: lazyPart('info'),
  request: lazyPart('request'),
  toJSON: {
    value: function toJSON() {
      // Reading each part settles it as an own property, which JSON.stringify then includes.
      void this.identity;
      void this.info;
      void this.request;
      return this;
    },
  },
}));

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
  return JSON.stringify({ v: null, s: {}, er: error, l: state.effects === null ? null : state.effects.logs });
}

// The outcome is written as text directly; building an intermediate object costs more than it saves.
function outcomeOf(head, ctx) {
  const text = head + ',"s":' + encode(ctx.stash);
  const done = state.effects;
  if (done === null) {
    return text + '}';
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
  return text + more + '}';
}

/**
 * Runs one handler and returns its outcome as JSON text. Kept flat on purpose: without a JIT every
 * call and property write here is paid on each invocation.
 * @param fn the exported handler (request or response)
 * @param core JSON text of the context without identity, info and request; always has arguments and stash
 * @param identity JSON text of ctx.identity, likewise info and request
 * @param mutation whether extensions.invalidateSubscriptions is allowed
 */
export function invoke(fn, core, identity, info, request, mutation) {
  const ctx = JSON.parse(core);
  ctx.args = ctx.arguments;
  pending.ctx = ctx;
  pending.identity = identity;
  pending.info = info;
  pending.request = request;
  Object.setPrototypeOf(ctx, CONTEXT_PROTOTYPE);
  begin(ctx, mutation);
  let value;
  let head;
  try {
    value = fn(ctx);
  } catch (thrown) {
    head = '{"v":null,' + signalOf(thrown);
  }
  try {
    return outcomeOf(head === undefined ? '{"v":' + encode(value) : head, ctx);
  } catch (thrown) {
    return unserializable(thrown);
  } finally {
    state.ctx = null;
    pending.ctx = null;
  }
}
