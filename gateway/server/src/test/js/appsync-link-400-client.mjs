// aws-appsync-subscription-link 4.0.0: API key in ?header=<base64>&payload=e30= on the URL.
import * as link from 'appsync-link-400';
import { run } from './appsync-link.mjs';

run(link);
