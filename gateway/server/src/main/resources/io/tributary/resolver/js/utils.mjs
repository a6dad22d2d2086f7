// The '@aws-appsync/utils' module as APPSYNC_JS resolvers see it: util, runtime, extensions.
import {
  host, state, effects, log, render, extensionState, hostResult, ResolverFailure, EarlyReturnSignal,
} from './runtime-state.mjs';
import { dynamodb } from './util-dynamodb.mjs';
import { transform } from './util-transform.mjs';

const MAX_UNIQUE_INVALIDATIONS = 5;

function isNull(value) {
  return value === null || value === undefined;
}

function typeOf(value) {
  if (isNull(value)) {
    return 'Null';
  }
  if (Array.isArray(value)) {
    return 'List';
  }
  switch (typeof value) {
    case 'number': return 'Number';
    case 'string': return 'String';
    case 'boolean': return 'Boolean';
    case 'object': return 'Map';
    default: return 'Object';
  }
}

function requireString(value, what) {
  if (typeof value !== 'string') {
    throw new TypeError(what + ' expects a string but got ' + typeOf(value));
  }
  return value;
}

const ESCAPES = { '"': '\\"', "'": "\\'", '\\': '\\\\', '/': '\\/', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeJavaScript(value) {
  return requireString(value, 'util.escapeJavaScript').replace(/["'\\/\b\f\n\r\t]|[^\x20-\x7e]/g, (c) => {
    const known = ESCAPES[c];
    return known !== undefined ? known : '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  });
}

// Java's URLEncoder (what AppSync uses) also escapes ! ' ( ) ~ and writes spaces as '+'.
function urlEncode(value) {
  return encodeURIComponent(requireString(value, 'util.urlEncode'))
    .replace(/[!'()~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
    .replace(/%20/g, '+');
}

function urlDecode(value) {
  return decodeURIComponent(requireString(value, 'util.urlDecode').replace(/\+/g, ' '));
}

function authType() {
  const identity = state.ctx === null ? null : state.ctx.identity;
  if (state.authType !== null) {
    return state.authType;
  }
  if (isNull(identity)) {
    return 'API Key Authorization';
  }
  if (identity.resolverContext !== undefined) {
    return 'Lambda Authorization';
  }
  if (identity.accountId !== undefined || identity.userArn !== undefined || identity.cognitoIdentityPoolId !== undefined) {
    return 'IAM Authorization';
  }
  const claims = identity.claims || {};
  const cognito = identity.defaultAuthStrategy !== undefined || claims['cognito:username'] !== undefined
    || String(identity.issuer || '').indexOf('cognito-idp.') >= 0;
  return cognito ? 'User Pool Authorization' : 'Open ID Connect Authorization';
}

function fail(message, errorType, data, errorInfo) {
  throw new ResolverFailure(render(message), isNull(errorType) ? undefined : render(errorType), data, errorInfo);
}

function appendError(message, errorType, data, errorInfo) {
  const current = effects();
  if (current.appended === null) {
    current.appended = [];
  }
  current.appended.push(new ResolverFailure(render(message), isNull(errorType) ? undefined : render(errorType), data, errorInfo));
}

function unauthorized() {
  const info = (state.ctx && state.ctx.info) || {};
  throw new ResolverFailure(
    'Not Authorized to access ' + info.fieldName + ' on type ' + info.parentTypeName, 'Unauthorized');
}

// '{}' placeholders as in VTL's $util.log.*; extra arguments are appended.
function formatLog(message, args) {
  let text = render(message);
  let next = 0;
  text = text.replace(/\{\}/g, (slot) => (next < args.length ? render(args[next++]) : slot));
  const rest = args.slice(next).map(render);
  return rest.length === 0 ? text : text + ' ' + rest.join(' ');
}

function logAt(level) {
  return (message, ...args) => log(level, formatLog(message, args));
}

const time = Object.freeze({
  nowISO8601: () => host.nowISO8601(),
  nowEpochSeconds: () => host.nowEpochSeconds(),
  nowEpochMilliSeconds: () => host.nowEpochMilliSeconds(),
  nowFormatted: (format, zone) => hostResult(host.nowFormatted(format, zone)),
  parseFormattedToEpochMilliSeconds: (text, format, zone) =>
    hostResult(host.parseFormattedToEpochMilliSeconds(text, format, zone)),
  parseISO8601ToEpochMilliSeconds: (text) => hostResult(host.parseISO8601ToEpochMilliSeconds(text)),
  epochMilliSecondsToSeconds: (millis) => Math.floor(Number(millis) / 1000),
  epochMilliSecondsToISO8601: (millis) => hostResult(host.epochMilliSecondsToISO8601(millis)),
  epochMilliSecondsToFormatted: (millis, format, zone) =>
    hostResult(host.epochMilliSecondsToFormatted(millis, format, zone)),
});

const str = Object.freeze({
  toUpper: (value) => requireString(value, 'util.str.toUpper').toUpperCase(),
  toLower: (value) => requireString(value, 'util.str.toLower').toLowerCase(),
  toReplace: (value, find, replacement) =>
    requireString(value, 'util.str.toReplace').split(String(find)).join(String(replacement)),
  normalize: (value, form) => requireString(value, 'util.str.normalize').normalize(String(form || 'nfc').toUpperCase()),
});

const math = Object.freeze({
  roundNum: (value) => Math.round(value),
  minVal: (a, b) => Math.min(a, b),
  maxVal: (a, b) => Math.max(a, b),
  randomDouble: () => Math.random(),
  randomWithinRange: (low, high) => Math.floor(Math.random() * (high - low + 1)) + low,
});

export const util = Object.freeze({
  autoId: () => host.autoId(),
  autoUlid: () => host.autoUlid(),
  autoKsuid: () => host.autoKsuid(),
  error: fail,
  appendError,
  unauthorized,
  isNull,
  isNullOrEmpty: (value) => isNull(value) || value === '',
  isNullOrBlank: (value) => isNull(value) || (typeof value === 'string' && value.trim() === ''),
  defaultIfNull: (value, fallback) => (isNull(value) ? fallback : value),
  defaultIfNullOrEmpty: (value, fallback) => (isNull(value) || value === '' ? fallback : value),
  defaultIfNullOrBlank: (value, fallback) =>
    (isNull(value) || (typeof value === 'string' && value.trim() === '') ? fallback : value),
  isString: (value) => typeof value === 'string',
  isNumber: (value) => typeof value === 'number',
  isBoolean: (value) => typeof value === 'boolean',
  isList: (value) => Array.isArray(value),
  isMap: (value) => typeOf(value) === 'Map',
  typeOf,
  matches: (pattern, value) => hostResult(host.matches(pattern, value)),
  escapeJavaScript,
  urlEncode,
  urlDecode,
  base64Encode: (value) => hostResult(host.base64Encode(requireString(value, 'util.base64Encode'))),
  base64Decode: (value) => hostResult(host.base64Decode(requireString(value, 'util.base64Decode'))),
  authType,
  time,
  str,
  math,
  log: Object.freeze({ info: logAt('INFO'), debug: logAt('DEBUG'), warn: logAt('WARN'), error: logAt('ERROR') }),
  dynamodb,
  transform,
});

const SKIP_TARGETS = ['END', 'NEXT'];

export const runtime = Object.freeze({
  earlyReturn(value, options) {
    // No option means "the default for where it was called": the executor knows where that was.
    const skipTo = options && options.skipTo !== undefined ? options.skipTo : null;
    if (skipTo !== null && SKIP_TARGETS.indexOf(skipTo) < 0) {
      throw new TypeError("runtime.earlyReturn: skipTo must be 'END' or 'NEXT'");
    }
    throw new EarlyReturnSignal(value, skipTo);
  },
});

function requireObject(value, what) {
  if (isNull(value) || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(what + ' expects an object but got ' + typeOf(value));
  }
  return value;
}

function invalidateSubscriptions(request) {
  if (!state.mutation) {
    throw new Error('extensions.invalidateSubscriptions is only allowed in mutation resolvers');
  }
  requireObject(request, 'extensions.invalidateSubscriptions');
  requireString(request.subscriptionField, 'extensions.invalidateSubscriptions subscriptionField');
  const key = JSON.stringify(request);
  const current = effects();
  if (current.invalidationKeys === null) {
    current.invalidationKeys = [];
  }
  if (current.invalidationKeys.indexOf(key) >= 0) {
    return;
  }
  if (current.invalidationKeys.length >= MAX_UNIQUE_INVALIDATIONS) {
    throw new Error('extensions.invalidateSubscriptions allows at most ' + MAX_UNIQUE_INVALIDATIONS
      + ' unique calls per request');
  }
  current.invalidationKeys.push(key);
  const ext = extensionState();
  (ext.invalidations || (ext.invalidations = [])).push(JSON.parse(key));
}

function evictFromApiCache(typeName, fieldName, keys) {
  requireString(typeName, 'extensions.evictFromApiCache typeName');
  requireString(fieldName, 'extensions.evictFromApiCache fieldName');
  requireObject(keys, 'extensions.evictFromApiCache keys');
  const ext = extensionState();
  (ext.cacheEvictions || (ext.cacheEvictions = [])).push({ typeName, fieldName, keys: JSON.parse(JSON.stringify(keys)) });
}

export const extensions = Object.freeze({
  setSubscriptionFilter(filter) {
    extensionState().subscriptionFilter = JSON.parse(JSON.stringify(requireObject(filter, 'extensions.setSubscriptionFilter')));
  },
  setSubscriptionInvalidationFilter(filter) {
    extensionState().subscriptionInvalidationFilter =
      JSON.parse(JSON.stringify(requireObject(filter, 'extensions.setSubscriptionInvalidationFilter')));
  },
  invalidateSubscriptions,
  evictFromApiCache,
});
