// graphql-ws (graphql-transport-ws protocol) client: createClient with ws as the WebSocket.
import { createClient } from 'graphql-ws';
import { TrackedWebSocket, emit, emitError, onSend, onStop, options, readyOnce, tokenAuth } from './harness.mjs';

const opts = options();
const ready = readyOnce();
const client = createClient({
  url: opts.url.replace(/^http/, 'ws'),
  webSocketImpl: TrackedWebSocket,
  connectionParams: tokenAuth() ? { Authorization: tokenAuth().token } : { 'x-api-key': opts.apiKey },
  retryAttempts: 0,
  lazy: true,
});

// graphql-transport-ws never acknowledges a subscribe, so READY means "connection acknowledged
// and subscribe sent"; the Java side waits for the gateway to register it before mutating.
onSend(text => {
  if (JSON.parse(text).type === 'subscribe') {
    ready();
  }
});
client.on('error', emitError);

const dispose = client.subscribe(
  { query: opts.query, variables: opts.variables },
  {
    next: value => emit(value),
    error: emitError,
    complete: () => {},
  },
);

onStop(async () => {
  dispose();
  await client.dispose();
});
