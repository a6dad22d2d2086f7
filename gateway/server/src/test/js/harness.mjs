// Shared plumbing for the interop client scripts: the command-line contract with the Java
// NodeClient, line-oriented output, and a WebSocket class that remembers its sockets so a script
// can wait for its client library to close them before it reports DONE.
//
// Contract: `node <script>.mjs '<json>'` with {url, apiKey, query, variables, lifetimeMs?}; url is
// the gateway's HTTP(S) GraphQL URL. stdout gets {"opened":{url,protocols}} per WebSocket and
// {"sent":type} per message the library sends, "READY" once the subscription is live, one JSON line per event ({"data":...}) or failure
// ({"error":...}), then "DONE" after "stop" arrives on stdin and the client has unsubscribed and
// closed its sockets.
import { createInterface } from 'node:readline';
import WebSocketImpl from 'ws';

/**
 * The auth a script should use instead of the API key: TRIBUTARY_TEST_AUTH="<mode> <token>", mode
 * one of userPool, oidc (Amplify's names) or lambda; null when unset.
 */
export function tokenAuth() {
  const raw = process.env.TRIBUTARY_TEST_AUTH;
  if (!raw) {
    return null;
  }
  const space = raw.indexOf(' ');
  return { mode: raw.slice(0, space), token: raw.slice(space + 1) };
}

/** The parsed command-line argument. */
export function options() {
  const raw = process.argv[2];
  if (!raw) {
    fail('usage: node <script>.mjs \'{"url":...,"apiKey":...,"query":...,"variables":{...}}\'');
  }
  const parsed = JSON.parse(raw);
  for (const key of ['url', 'apiKey', 'query']) {
    if (typeof parsed[key] !== 'string') {
      fail(`missing option "${key}"`);
    }
  }
  if (parsed.lifetimeMs) {
    // A script whose test died must not outlive it.
    setTimeout(() => fail(`still running after ${parsed.lifetimeMs} ms`), parsed.lifetimeMs).unref();
  }
  return { variables: {}, ...parsed };
}

export function emit(line) {
  process.stdout.write((typeof line === 'string' ? line : JSON.stringify(line)) + '\n');
}

export function emitError(error) {
  emit({ error: describe(error) });
}

function describe(error) {
  if (error instanceof Error) {
    return error.message;
  }
  try {
    return JSON.parse(JSON.stringify(error));
  } catch {
    return String(error);
  }
}

export function fail(message) {
  emit({ error: message });
  process.exit(2);
}

const sockets = new Set();
const sendListeners = [];

/** Calls listener(text) for every text frame any tracked socket sends. */
export function onSend(listener) {
  sendListeners.push(listener);
}

/**
 * A WebSocket class over the given implementation (ws by default) whose every instance is tracked
 * until it closes. A client tree with its own pinned ws passes that one in.
 */
export function trackedWebSocket(WebSocketBase = WebSocketImpl) {
  return class TrackedWebSocket extends WebSocketBase {
    constructor(...args) {
      super(...args);
      // Lets the test check how the library authenticated (URL query string or sub-protocol).
      const [url, protocols] = args;
      emit({ opened: { url: String(url), protocols: [].concat(protocols ?? []) } });
      sockets.add(this);
      if (process.env.TRIBUTARY_DEBUG_FRAMES) {
        this.addEventListener('message', message => emit({ received: String(message.data) }));
      }
      this.addEventListener('close', () => sockets.delete(this));
    }

    send(data, ...rest) {
      super.send(data, ...rest);
      if (typeof data === 'string') {
        // Lets the test check that the library unsubscribed with a message, not just a close.
        emit({ sent: JSON.parse(data).type });
        sendListeners.forEach(listener => listener(data));
      }
    }
  };
}

/** ws's WebSocket, tracked. */
export const TrackedWebSocket = trackedWebSocket();

/** Resolves once every socket the client opened is closed; rejects after timeoutMs. */
export function socketsClosed(timeoutMs = 10000) {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const check = () => {
      if (sockets.size === 0) {
        resolve();
      } else if (Date.now() > deadline) {
        reject(new Error(`${sockets.size} socket(s) still open ${timeoutMs} ms after unsubscribing`));
      } else {
        setTimeout(check, 20);
      }
    };
    check();
  });
}

/**
 * Calls stop() when "stop" arrives on stdin (or stdin ends), waits for the sockets to close, prints
 * DONE and exits 0; any failure on the way prints an error line and exits 1.
 */
export function onStop(stop) {
  let stopping = false;
  const run = async () => {
    if (stopping) {
      return;
    }
    stopping = true;
    try {
      await stop();
      await socketsClosed();
      emit('DONE');
      process.exit(0);
    } catch (error) {
      emitError(error);
      process.exit(1);
    }
  };
  const lines = createInterface({ input: process.stdin });
  lines.on('line', line => {
    if (line.trim() === 'stop') {
      run();
    }
  });
  lines.on('close', run);
}

/** Prints READY at most once. */
export function readyOnce() {
  let printed = false;
  return () => {
    if (!printed) {
      printed = true;
      emit('READY');
    }
  };
}
