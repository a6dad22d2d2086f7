// Per-invocation state shared by the invoker and the '@aws-appsync/utils' shim.
// The host bridge is handed over as a global once per context and removed at once, so resolver
// code never sees it; the shim keeps the only reference.
export const host = globalThis.__tributaryHost;
delete globalThis.__tributaryHost;

const MAX_LOG_ENTRIES = 1000;

/** Thrown by util.error / util.unauthorized: ends the handler with a GraphQL error. */
export class ResolverFailure {
  constructor(message, errorType, data, errorInfo) {
    this.message = message;
    this.errorType = errorType;
    this.data = data;
    this.errorInfo = errorInfo;
  }
}

/** Thrown by runtime.earlyReturn: ends the handler and skips ahead in the resolver chain. */
export class EarlyReturnSignal {
  constructor(value, skipTo) {
    this.value = value;
    this.skipTo = skipTo;
  }
}

// What the running invocation has done beyond returning a value. Created on first use, so a
// handler that only returns a value costs a single null check. The invoker resets it per call.
export const state = {
  ctx: null,
  mutation: false,
  authType: null,
  effects: null,
};

export function effects() {
  if (state.effects === null) {
    state.effects = { appended: null, extensions: null, invalidationKeys: null, logs: null };
  }
  return state.effects;
}

export function extensionState() {
  const current = effects();
  if (current.extensions === null) {
    current.extensions = {};
  }
  return current.extensions;
}

export function log(level, text) {
  const current = effects();
  if (current.logs === null) {
    current.logs = [];
  }
  if (current.logs.length < MAX_LOG_ENTRIES) {
    current.logs.push(level + ' ' + text);
  } else if (current.logs.length === MAX_LOG_ENTRIES) {
    current.logs.push('WARN log limit of ' + MAX_LOG_ENTRIES + ' entries reached; further entries dropped');
  }
}

/** Renders a console/log argument the way CloudWatch shows it: strings raw, the rest as JSON. */
export function render(value) {
  if (typeof value === 'string') {
    return value;
  }
  if (value instanceof Error) {
    return String(value);
  }
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json;
  } catch (e) {
    return String(value);
  }
}

/** Host functions report failures as an object with a message; turn those into JS errors. */
export function hostResult(result) {
  if (result !== null && typeof result === 'object') {
    throw new Error(result.message);
  }
  return result;
}
