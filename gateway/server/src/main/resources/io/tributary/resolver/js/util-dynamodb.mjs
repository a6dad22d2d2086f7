// util.dynamodb for APPSYNC_JS: converts plain JS values into DynamoDB AttributeValue JSON.
// Pure module: no host access, so it can be evaluated in any sandboxed GraalJS context.
// Numbers become strings in N/NS because that is DynamoDB's wire form (no precision loss on the Java side).

function fail(message) {
  throw new TypeError('util.dynamodb: ' + message);
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Set);
}

function numberText(value) {
  if (typeof value === 'bigint') {
    return value.toString();
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail('expected a finite number but got ' + String(value));
  }
  return String(value);
}

function convert(value, keepSets) {
  if (value === null || value === undefined) {
    return { NULL: true };
  }
  switch (typeof value) {
    case 'string': return { S: value };
    case 'number': return { N: numberText(value) };
    case 'bigint': return { N: numberText(value) };
    case 'boolean': return { BOOL: value };
    case 'object': return convertContainer(value, keepSets);
    default: return fail('cannot convert a ' + typeof value + ' to a DynamoDB value');
  }
}

function convertContainer(value, keepSets) {
  if (Array.isArray(value)) {
    return { L: value.map((v) => convert(v, keepSets)) };
  }
  if (value instanceof Set) {
    return { L: Array.from(value).map((v) => convert(v, keepSets)) };
  }
  if (keepSets && isTypedSet(value)) {
    return value;
  }
  return { M: convertMap(value, keepSets) };
}

function convertMap(map, keepSets) {
  if (!isPlainObject(map)) {
    fail('toMapValues expects an object');
  }
  const out = {};
  for (const name of Object.keys(map)) {
    if (map[name] !== undefined) {
      // defineProperty keeps an attribute literally named __proto__ as data instead of a prototype change.
      Object.defineProperty(out, name, { value: convert(map[name], keepSets), enumerable: true, writable: true,
        configurable: true });
    }
  }
  return out;
}

/** True for the {SS|NS|BS: [...]} results of toStringSet/toNumberSet/toBinarySet. */
export function isTypedSet(value) {
  if (!isPlainObject(value)) {
    return false;
  }
  const keys = Object.keys(value);
  return keys.length === 1 && ['SS', 'NS', 'BS'].includes(keys[0]) && Array.isArray(value[keys[0]]);
}

/** Auto-typed AttributeValue of any JSON-like value (Sets are written as lists, like arrays). */
function toDynamoDB(value) {
  return convert(value, false);
}

/** Map of AttributeValues, not wrapped in M; undefined entries are skipped as JSON would. */
function toMapValues(map) {
  return convertMap(map, false);
}

/**
 * Conversions for the '@aws-appsync/utils/dynamodb' builders, where a value built with toStringSet,
 * toNumberSet or toBinarySet is already typed and must stay a DynamoDB set instead of becoming a map.
 */
export function toItemValue(value) {
  return convert(value, true);
}

export function toItemValues(map) {
  return convertMap(map, true);
}

function nullable(value, convert) {
  return value === null || value === undefined ? null : convert(value);
}

function requireArray(value, what) {
  const list = value instanceof Set ? Array.from(value) : value;
  if (!Array.isArray(list)) {
    fail(what + ' expects an array');
  }
  return list;
}

function requireString(value, what) {
  if (typeof value !== 'string') {
    fail(what + ' expects a string');
  }
  return value;
}

function toStringValue(value) {
  return nullable(value, (v) => ({ S: requireString(v, 'toString') }));
}

function toStringSet(list) {
  return nullable(list, (l) => ({ SS: requireArray(l, 'toStringSet').map((v) => requireString(v, 'toStringSet')) }));
}

function toNumber(value) {
  return nullable(value, (v) => ({ N: numberText(v) }));
}

function toNumberSet(list) {
  return nullable(list, (l) => ({ NS: requireArray(l, 'toNumberSet').map(numberText) }));
}

function toBinary(value) {
  return nullable(value, (v) => ({ B: requireString(v, 'toBinary (base64 text)') }));
}

function toBinarySet(list) {
  return nullable(list, (l) => ({ BS: requireArray(l, 'toBinarySet').map((v) => requireString(v, 'toBinarySet')) }));
}

function toBoolean(value) {
  return nullable(value, (v) => {
    if (typeof v !== 'boolean') {
      fail('toBoolean expects a boolean');
    }
    return { BOOL: v };
  });
}

function toNull() {
  return { NULL: true };
}

function toList(list) {
  return nullable(list, (l) => ({ L: requireArray(l, 'toList').map(toDynamoDB) }));
}

function toMap(map) {
  return nullable(map, (m) => ({ M: toMapValues(m) }));
}

// AppSync stores S3 object references as a JSON string inside an S attribute.
function toS3Object(key, bucket, region, version) {
  const s3 = { key: requireString(key, 'toS3Object key'), bucket: requireString(bucket, 'toS3Object bucket'),
    region: requireString(region, 'toS3Object region') };
  if (version !== undefined && version !== null) {
    s3.version = requireString(version, 'toS3Object version');
  }
  return { S: JSON.stringify({ s3 }) };
}

function fromS3ObjectJson(text) {
  const parsed = JSON.parse(requireString(text, 'fromS3ObjectJson'));
  const s3 = parsed && typeof parsed.S === 'string' ? JSON.parse(parsed.S).s3 : parsed && parsed.s3;
  if (!s3 || typeof s3 !== 'object') {
    fail('fromS3ObjectJson expects an S3 object reference');
  }
  return s3;
}

function asJson(convert) {
  return (...args) => JSON.stringify(convert(...args));
}

/** The util.dynamodb object of the APPSYNC_JS runtime. */
export const dynamodb = Object.freeze({
  toDynamoDB,
  toDynamoDBJson: asJson(toDynamoDB),
  toMapValues,
  toMapValuesJson: asJson(toMapValues),
  toString: toStringValue,
  toStringJson: asJson(toStringValue),
  toStringSet,
  toStringSetJson: asJson(toStringSet),
  toNumber,
  toNumberJson: asJson(toNumber),
  toNumberSet,
  toNumberSetJson: asJson(toNumberSet),
  toBinary,
  toBinaryJson: asJson(toBinary),
  toBinarySet,
  toBinarySetJson: asJson(toBinarySet),
  toBoolean,
  toBooleanJson: asJson(toBoolean),
  toNull,
  toNullJson: asJson(toNull),
  toList,
  toListJson: asJson(toList),
  toMap,
  toMapJson: asJson(toMap),
  toS3Object,
  toS3ObjectJson: asJson(toS3Object),
  fromS3ObjectJson,
});

export { toDynamoDB, toMapValues };
