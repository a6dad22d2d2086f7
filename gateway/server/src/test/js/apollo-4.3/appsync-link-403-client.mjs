// Apollo Client 4.3 (graphql 16.15, ws 8.23) with aws-appsync-subscription-link 4.0.3.
import * as apollo from '@apollo/client';
import * as rxjs from 'rxjs';
import WebSocketBase from 'ws';
import * as link from 'appsync-link-403';
import { run } from '../appsync-link.mjs';

run(link, { apollo, rxjs, WebSocketBase });
