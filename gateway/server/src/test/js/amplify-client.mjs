// Amplify JS 6: generateClient() over wss:// (Amplify always rewrites the endpoint to wss://, so
// the gateway must serve TLS; the test trusts its self-signed certificate via NODE_EXTRA_CA_CERTS).
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/api';
import { Hub } from 'aws-amplify/utils';
import { decodeJWT } from 'aws-amplify/auth';
import { TrackedWebSocket, emit, emitError, onStop, options, readyOnce, tokenAuth } from './harness.mjs';

// Node 20 has no global WebSocket; Amplify opens its socket with it.
globalThis.WebSocket = TrackedWebSocket;

const opts = options();
const ready = readyOnce();
const auth = tokenAuth();
if (auth) {
  // A signed-in user: Amplify asks its token provider for the access token (what a Cognito or
  // OIDC sign-in would have stored) and sends it for authMode userPool / oidc.
  Amplify.configure(
    { API: { GraphQL: { endpoint: opts.url, region: 'us-east-1', defaultAuthMode: auth.mode } } },
    { Auth: { tokenProvider: { getTokens: async () => ({ accessToken: decodeJWT(auth.token) }) } } },
  );
} else {
  Amplify.configure({
    API: { GraphQL: { endpoint: opts.url, region: 'us-east-1', defaultAuthMode: 'apiKey', apiKey: opts.apiKey } },
  });
}

// Amplify reports each start_ack on the 'api' Hub channel as "Subscription ack".
Hub.listen('api', ({ payload }) => {
  if (payload?.event === 'Subscription ack') {
    ready();
  }
});

const client = generateClient();
const subscription = client.graphql({ query: opts.query, variables: opts.variables }).subscribe({
  next: value => emit({ data: value.data }),
  error: emitError,
});

onStop(async () => {
  subscription.unsubscribe();
});
