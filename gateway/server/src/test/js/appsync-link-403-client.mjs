// aws-appsync-subscription-link 4.0.3: API key in the "header-<base64url>" WebSocket sub-protocol.
import * as link from 'appsync-link-403';
import { run } from './appsync-link.mjs';

run(link);
