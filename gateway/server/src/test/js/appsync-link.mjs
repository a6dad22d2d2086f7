// aws-appsync-subscription-link driven through ApolloClient, as an AppSync web app uses it. The
// entry scripts pick the package version: 4.0.0 authenticates with ?header=&payload= on the URL,
// 4.0.3 with a "header-<base64url>" WebSocket sub-protocol.
import * as defaultApollo from '@apollo/client';
import * as defaultRxjs from 'rxjs';
import WebSocketImpl from 'ws';
import { emit, emitError, onStop, options, readyOnce, tokenAuth, trackedWebSocket } from './harness.mjs';

/**
 * Subscribes through ApolloClient with the given module's exports: createSubscriptionHandshakeLink
 * and CONTROL_EVENTS_KEY (the context key that asks the link to pass start_ack on as a control
 * message). A client tree that pins other versions (apollo-4.3/) passes its own Apollo Client,
 * rxjs and ws, since the link resolves @apollo/client from its own node_modules.
 */
export function run({ createSubscriptionHandshakeLink, CONTROL_EVENTS_KEY },
    { apollo = defaultApollo, rxjs = defaultRxjs, WebSocketBase = WebSocketImpl } = {}) {
  const { ApolloClient, ApolloLink, InMemoryCache, gql } = apollo;
  const { tap } = rxjs;
  // The link opens its socket with the global WebSocket constructor. Node 20 has none, and the
  // link swallows the resulting ReferenceError into an endless silent retry loop, so a client
  // on Node 20 that skips this line never opens a socket at all.
  globalThis.WebSocket = trackedWebSocket(WebSocketBase);
  const opts = options();
  const ready = readyOnce();
  const token = tokenAuth();
  const auth = token
    ? { type: token.mode === 'oidc' ? 'OPENID_CONNECT' : 'AMAZON_COGNITO_USER_POOLS', jwtToken: async () => token.token }
    : { type: 'API_KEY', apiKey: opts.apiKey };
  // With control events on, the link passes start_ack on as a result whose
  // extensions.controlMsgType is CONNECTED. ApolloClient drops results without data, so it is
  // caught between the client and the link.
  const startAck = new ApolloLink((operation, forward) =>
    forward(operation).pipe(tap(result => {
      if (result?.extensions?.controlMsgType === 'CONNECTED') {
        ready();
      }
    })));
  const client = new ApolloClient({
    link: ApolloLink.from([startAck, createSubscriptionHandshakeLink({ url: opts.url, region: 'us-east-1', auth })]),
    cache: new InMemoryCache(),
  });
  const subscription = client
    .subscribe({
      query: gql(opts.query),
      variables: opts.variables,
      fetchPolicy: 'no-cache',
      context: { controlMessages: { [CONTROL_EVENTS_KEY]: true } },
    })
    .subscribe({
      next: result => (result.error ? emitError(result.error) : emit({ data: result.data })),
      error: emitError,
    });
  onStop(async () => {
    subscription.unsubscribe();
    client.stop();
  });
}
